package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The person the articles mean by a role a question names ("the german chancellor" → Merz, "trump's
 * envoy" → Witkoff, "army secretary" → Driscoll), read from the articles' own text, where the role
 * stands right before a name with the question's words before it ("German Chancellor Friedrich
 * Merz", "US Army Secretary Dan Driscoll") or after a name and a comma ("Steve Witkoff, President
 * Donald Trump's special envoy"). Reporters name a person in full once and by surname after, so a
 * paragraph that says "Merz said" answers a question about the chancellor.
 *
 * <p>A role names someone only when one surname holds at least two thirds of the mentions that
 * match, so "the president" alone, said of three presidents, names nobody. Roles are English titles
 * of office, a closed class of words; their modifiers are the question's own words next to them.
 *
 * <p>Thread-safe: immutable, state on the stack.
 */
final class RoleNames {
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
  private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2}";

  /** Titles of office, by each form the articles may write. */
  private static final Map<String, Role> ROLES = roles();

  /** Paragraphs read for one role: the best by the role and its modifiers. */
  private static final int PARAGRAPHS_READ = 30;

  /** Question words before a role that say whose it is ("us army", "putin's"). */
  private static final int MAX_MODIFIERS = 2;

  private static final double DOMINANCE = 2.0 / 3;

  private static final Pattern LIST = Pattern.compile("\\band\\b");

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

  /** For each role of the question that names one person in the articles, keyed by its term. */
  Map<String, Surname> surnames(String question, IndexSearcher searcher) throws IOException {
    List<DomainAnalyzer.Token> tokens = analyzer.tokens(question);
    Map<String, Surname> out = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = written(question, tokens.get(i));
      Role role = ROLES.get(singular(word));
      if (role == null) continue;
      List<Set<String>> modifiers = modifiers(question, tokens, i);
      if (modifiers.isEmpty()) continue;
      Surname surname = surname(role, modifiers, searcher);
      if (surname != null && !mentions(tokens, surname.term()))
        out.put(tokens.get(i).term(), surname);
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
    Map<Surname, Integer> counts = new HashMap<>();
    int total = 0;
    var stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(q.build(), PARAGRAPHS_READ).scoreDocs) {
      String text = stored.document(hit.doc, IndexSchema.TEXT_ONLY).get(IndexSchema.TEXT);
      if (text == null) continue;
      Matcher m = role.before().matcher(text);
      while (m.find()) {
        String context = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        total += count(counts, m.group(3), context, modifiers);
      }
      m = role.after().matcher(text);
      while (m.find()) {
        // "Macron, UK Prime Minister Keir Starmer and German Chancellor Friedrich Merz" is a list,
        // not Macron's title
        if (!LIST.matcher(m.group(2)).find())
          total += count(counts, m.group(1), m.group(2), modifiers);
      }
    }
    Surname best = null;
    int bestCount = 0;
    for (Map.Entry<Surname, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best != null && bestCount >= DOMINANCE * total ? best : null;
  }

  /** Counts one mention when its context holds every modifier; 1 when it did, else 0. */
  private int count(
      Map<Surname, Integer> counts, String name, String context, List<Set<String>> modifiers) {
    Set<String> contextTerms = new HashSet<>();
    for (DomainAnalyzer.Token t : analyzer.tokens(context)) contextTerms.add(t.term());
    for (Set<String> m : modifiers) {
      if (m.stream().noneMatch(contextTerms::contains)) return 0;
    }
    String[] words = name.split("\\s+");
    String written = DomainAnalyzer.withoutPossessive(words[words.length - 1]);
    List<DomainAnalyzer.Token> last = analyzer.tokens(written);
    if (last.size() != 1 || DomainAnalyzer.STOP_WORDS.contains(words[0].toLowerCase(Locale.ROOT)))
      return 0;
    counts.merge(new Surname(written, last.get(0).term()), 1, Integer::sum);
    return 1;
  }

  private static boolean mentions(List<DomainAnalyzer.Token> tokens, String term) {
    return tokens.stream().anyMatch(t -> t.term().equals(term));
  }

  private static String written(String question, DomainAnalyzer.Token t) {
    return DomainAnalyzer.withoutPossessive(
        question.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
  }

  private static String singular(String w) {
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * A title of office: its forms, and where a name stands by it in the articles' text, right after
   * it with up to four words before it ("German Chancellor Friedrich Merz", "Secretary of State
   * Marco Rubio"), or before it and a comma ("Steve Witkoff, President Donald Trump's special
   * envoy").
   */
  private record Role(List<String> forms, Pattern before, Pattern after) {
    static Role of(String... forms) {
      String words = String.join("|", forms);
      return new Role(
          List.of(forms),
          Pattern.compile(
              "((?:[\\p{L}\\p{Nd}'’.-]+\\s+){0,4})(?i:"
                  + words
                  + ")(\\s+of\\s+\\p{L}+)?\\s+("
                  + NAME
                  + ")"),
          Pattern.compile("(" + NAME + "),\\s+([^,.;:]{0,80}?)\\b(?i:" + words + ")\\b"));
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
            Role.of("governor"),
            Role.of("general"));
    Map<String, Role> out = new HashMap<>();
    for (Role r : roles) for (String form : r.forms()) out.put(form, r);
    return Map.copyOf(out);
  }
}
