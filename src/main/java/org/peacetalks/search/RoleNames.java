package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The person the articles mean by a role a question names ("the german chancellor" → Merz, "trump's
 * envoy" → Witkoff, "army secretary" → Driscoll), read from the articles' own text, where the title
 * stands right before a name with the question's words before it in the same clause ("German
 * Chancellor Friedrich Merz", "US Army Secretary Dan Driscoll"), or after a full name and a comma
 * as an apposition ("Steve Witkoff, President Donald Trump's special envoy"). Reporters name a
 * person in full once and by surname after, so a paragraph that says "Merz said" answers a question
 * about the chancellor.
 *
 * <p>A role is looked up only with the question's own words next to it ("the president" alone is
 * not), and a person is taken only when one surname holds at least two thirds of the mentions that
 * match, so a role said of several people names nobody. Titles are English words of office, a
 * closed class; "the vice president" or "the former president" is not the president. A role in the
 * plural ("trump's envoys") is a group and names nobody.
 *
 * <p>Thread-safe: immutable, state on the stack.
 */
final class RoleNames {
  /** Paragraphs read for one role: the best by the role and its modifiers. */
  private static final int PARAGRAPHS_READ = 30;

  /** Question words before a role that say whose it is ("us army", "putin's"). */
  private static final int MAX_MODIFIERS = 2;

  /** Roles looked up for one question, so that a long question costs no more than a short one. */
  private static final int MAX_ROLES = 3;

  /** Words of the same clause before a title that may hold the question's modifiers. */
  private static final int CONTEXT_WORDS = 4;

  /** At most this many words between a name's comma and its title. */
  private static final int MAX_TITLE_WORDS = 6;

  /** How far back from a title the text is read for its context or its apposition's name. */
  private static final int LOOK_BACK = 120;

  private static final double DOMINANCE = 2.0 / 3;

  /** Words before a title that make it someone else's office. */
  private static final Set<String> QUALIFIERS = Set.of("vice", "deputy", "former", "acting", "ex");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Lower-case particles inside a name: Ursula von der Leyen, Bart De Wever, Mohammed bin Salman.
   */
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "der", "den", "de", "da", "di", "du", "le", "la", "bin", "al", "el");

  /** A name of one to three capitalised words right at the start of the region. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’-]*+(?:\\s++(?:(?:"
              + String.join("|", PARTICLES)
              + ")\\s++)*+\\p{Lu}[\\p{L}'’-]*+){0,2}+");

  private static final Pattern OF_WORD = Pattern.compile("\\s++of\\s++(\\p{L}++)");
  private static final Pattern SPACE = Pattern.compile("\\s++");

  /** Titles of office, by each form the question may write. */
  private static final Map<String, Role> ROLES = roles();

  private final DomainAnalyzer analyzer;
  private final Synonyms synonyms;

  RoleNames(DomainAnalyzer analyzer, Synonyms synonyms) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
  }

  /**
   * A person's surname as the articles write it ("Driscoll") and as the index holds it ("driscol").
   */
  record Surname(String written, String term) {}

  /**
   * The people the question's roles name in the articles, by the role's analysed term ("presid":
   * Putin and Zelensky for "the russian president and the ukrainian president").
   */
  Map<String, List<Surname>> surnames(String question, IndexReader reader) throws IOException {
    List<DomainAnalyzer.Token> tokens = analyzer.tokens(question);
    IndexSearcher searcher = null; // most questions name no role: no searcher for them
    Map<String, List<Surname>> out = new LinkedHashMap<>();
    Map<List<Object>, Surname> looked = new HashMap<>();
    for (int i = 0; i < tokens.size() && looked.size() < MAX_ROLES; i++) {
      Role role = ROLES.get(written(question, tokens.get(i)));
      if (role == null) continue;
      List<Set<String>> modifiers = modifiers(question, tokens, i);
      if (modifiers.isEmpty()) continue;
      List<Object> key = List.of(role, modifiers);
      if (looked.containsKey(key)) continue;
      if (searcher == null) searcher = new IndexSearcher(reader);
      Surname surname = surname(role, modifiers, searcher);
      looked.put(key, surname);
      if (surname != null && !mentions(tokens, surname.term())) {
        List<Surname> people = out.computeIfAbsent(tokens.get(i).term(), k -> new ArrayList<>());
        if (!people.contains(surname)) people.add(surname);
      }
    }
    return out;
  }

  /**
   * The question words that stand right before the role (possessives allowed) or after it behind
   * "of" ("secretary of state"), each as the terms that would match it: itself and its one-word
   * domain synonyms.
   */
  private List<Set<String>> modifiers(
      String question, List<DomainAnalyzer.Token> tokens, int role) {
    List<Set<String>> out = new ArrayList<>();
    for (int j = role - 1; j >= 0 && role - j <= MAX_MODIFIERS; j--) {
      String gap = question.substring(tokens.get(j).end(), tokens.get(j + 1).start());
      if (!gap.isBlank()) break;
      out.add(alternatives(tokens.get(j).term()));
    }
    if (role + 1 < tokens.size()) {
      String gap = question.substring(tokens.get(role).end(), tokens.get(role + 1).start());
      if (gap.strip().equalsIgnoreCase("of")) out.add(alternatives(tokens.get(role + 1).term()));
    }
    return out;
  }

  private Set<String> alternatives(String term) {
    Set<String> out = new HashSet<>();
    out.add(term);
    out.addAll(oneWordSynonyms(term));
    return out;
  }

  private List<String> oneWordSynonyms(String term) {
    List<String> out = new ArrayList<>();
    for (Synonyms.Rule rule : synonyms.startingWith(term)) {
      if (rule.phrase().size() != 1) continue;
      for (List<String> alt : rule.alternatives()) if (alt.size() == 1) out.add(alt.get(0));
    }
    return out;
  }

  /** The surname that most mentions of the role with these modifiers name, if it dominates. */
  private Surname surname(Role role, List<Set<String>> modifiers, IndexSearcher searcher)
      throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    BooleanQuery.Builder anyForm = new BooleanQuery.Builder();
    Set<String> roleTerms = new HashSet<>();
    for (String form : role.forms()) {
      String term = analyzer.tokens(form).get(0).term();
      if (roleTerms.add(term))
        anyForm.add(new TermQuery(new Term(IndexSchema.TEXT, term)), Occur.SHOULD);
    }
    q.add(anyForm.build(), Occur.MUST);
    for (Set<String> m : modifiers) {
      for (String t : m) q.add(new TermQuery(new Term(IndexSchema.TEXT, t)), Occur.SHOULD);
    }
    Mentions mentions = new Mentions();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(q.build(), PARAGRAPHS_READ).scoreDocs) {
      String text = stored.document(hit.doc, IndexSchema.TEXT_ONLY).get(IndexSchema.TEXT);
      if (text == null) continue;
      Matcher title = role.title().matcher(text);
      while (title.find()) mention(text, title.start(), title.end(), modifiers, mentions);
    }
    return mentions.dominant();
  }

  /** Reads the name a title found at {@code start..end} of the text gives, if any. */
  private void mention(
      String text, int start, int end, List<Set<String>> modifiers, Mentions mentions) {
    // "German Chancellor Friedrich Merz", "Secretary of State Marco Rubio"
    int at = end;
    String of = "";
    Matcher ofWord = OF_WORD.matcher(text).region(at, text.length());
    if (ofWord.lookingAt()) {
      of = " " + ofWord.group(1);
      at = ofWord.end();
    }
    Matcher space = SPACE.matcher(text).region(at, text.length());
    if (space.lookingAt()) {
      Matcher name = NAME.matcher(text).region(space.end(), text.length());
      if (name.lookingAt()) {
        String context = String.join(" ", lastWords(clauseBefore(text, start))) + of;
        count(name.group(), context, modifiers, mentions);
        return;
      }
    }
    // "Steve Witkoff, President Donald Trump's special envoy"
    int comma = text.lastIndexOf(',', start);
    if (comma < 0 || comma < start - LOOK_BACK) return;
    String title = text.substring(comma + 1, start);
    if (!isTitle(title)) return;
    String name = nameEndingAt(text, comma);
    if (name != null) count(name, title, modifiers, mentions);
  }

  /**
   * The text of the same clause before {@code at}: back to a sentence end, a colon, a semicolon, a
   * comma or a bracket ("U.S." is no sentence end).
   */
  private static String clauseBefore(String text, int at) {
    int from = Math.max(0, at - LOOK_BACK);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?')
        return text.substring(i + 1, at);
      if (c == '.' && i > 0 && !Character.isUpperCase(text.charAt(i - 1)))
        return text.substring(i + 1, at);
    }
    return text.substring(from, at);
  }

  /** The last {@value #CONTEXT_WORDS} words of a text, lower case, without punctuation. */
  private static List<String> lastWords(String text) {
    String[] words = text.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    for (int i = Math.max(0, words.length - CONTEXT_WORDS); i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /**
   * Whether the words between a name's comma and a role are that name's title ("President Donald
   * Trump's special", "the Kremlin's"), not a clause ("speaking after a meeting with French") or a
   * list ("UK Prime Minister Keir Starmer and German"): a few words, no function word but an
   * article, and no word in -ing.
   */
  private static boolean isTitle(String words) {
    String[] split = words.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (split.length > MAX_TITLE_WORDS) return false;
    for (String w : split) {
      if (w.isEmpty() || ARTICLES.contains(w)) continue;
      if (w.endsWith("ing") || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) return false;
    }
    return true;
  }

  /**
   * The name of two or three capitalised words (particles allowed) that ends right before {@code
   * comma}, or null: "Meanwhile," or "Kyiv," is no person.
   */
  private static String nameEndingAt(String text, int comma) {
    String[] words = text.substring(Math.max(0, comma - LOOK_BACK), comma).split("\\s+");
    List<String> name = new ArrayList<>();
    for (int i = words.length - 1; i >= 0 && name.size() < 5; i--) {
      String w = words[i];
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) name.add(0, w);
      else if (PARTICLES.contains(w) && !name.isEmpty()) name.add(0, w);
      else break;
    }
    while (!name.isEmpty() && PARTICLES.contains(name.get(0))) name.remove(0);
    long capitalised = name.stream().filter(w -> !PARTICLES.contains(w)).count();
    return capitalised >= 2 && capitalised <= 3 ? String.join(" ", name) : null;
  }

  /**
   * Counts one mention when its context holds every modifier and no qualifier the question lacks.
   */
  private void count(String name, String context, List<Set<String>> modifiers, Mentions mentions) {
    Set<String> contextTerms = new HashSet<>();
    for (DomainAnalyzer.Token t : analyzer.tokens(context)) contextTerms.add(t.term());
    for (Set<String> m : modifiers) {
      if (m.stream().noneMatch(contextTerms::contains)) return;
    }
    // the vice president is not the president, unless the question says so
    for (String w : context.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (!QUALIFIERS.contains(w)) continue;
      List<DomainAnalyzer.Token> q = analyzer.tokens(w);
      String term = q.isEmpty() ? w : q.get(0).term();
      if (modifiers.stream().noneMatch(m -> m.contains(term))) return;
    }
    String[] words = name.split("\\s+");
    if (DomainAnalyzer.STOP_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) return;
    String written = DomainAnalyzer.withoutPossessive(words[words.length - 1]);
    List<DomainAnalyzer.Token> last = analyzer.tokens(written);
    if (last.size() != 1) return;
    String term = last.get(0).term();
    // Zelensky and Zelenskyy are one person when the synonyms say so: each spelling is counted
    // under the first, in alphabetical order, of the spellings its rule lists (itself among them)
    List<String> same = new ArrayList<>(oneWordSynonyms(term));
    same.add(term);
    mentions.add(Collections.min(same), new Surname(written, term));
  }

  /** Mentions counted by person. */
  private static final class Mentions {
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Surname> first = new HashMap<>();
    private int total;

    void add(String person, Surname surname) {
      counts.merge(person, 1, Integer::sum);
      first.putIfAbsent(person, surname);
      total++;
    }

    Surname dominant() {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best != null && bestCount >= DOMINANCE * total ? first.get(best) : null;
    }
  }

  private static boolean mentions(List<DomainAnalyzer.Token> tokens, String term) {
    return tokens.stream().anyMatch(t -> t.term().equals(term));
  }

  private static String written(String question, DomainAnalyzer.Token t) {
    return DomainAnalyzer.withoutPossessive(
        question.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
  }

  /** A title of office: the forms the articles may write, and where they stand in a text. */
  private record Role(List<String> forms, Pattern title) {
    static Role of(String... forms) {
      return new Role(
          List.of(forms),
          Pattern.compile(
              "(?i)(?<![\\p{L}\\p{Nd}])(?:" + String.join("|", forms) + ")(?![\\p{L}\\p{Nd}])"));
    }
  }

  private static Map<String, Role> roles() {
    List<Role> roles =
        List.of(
            Role.of("president"),
            Role.of("chancellor"),
            Role.of("minister"),
            Role.of("premier"),
            Role.of("secretary"),
            Role.of("spokesman", "spokeswoman", "spokesperson"),
            Role.of("envoy"),
            Role.of("aide"),
            Role.of("adviser", "advisor"),
            Role.of("ambassador"),
            Role.of("commander"),
            Role.of("negotiator"),
            Role.of("mayor"),
            Role.of("governor"));
    Map<String, Role> out = new HashMap<>();
    for (Role r : roles) for (String form : r.forms()) out.put(form, r);
    // "the french leader": the articles give a leader's office, not the word
    out.put("leader", Role.of("leader", "president", "chancellor", "prime minister", "premier"));
    return Map.copyOf(out);
  }
}
