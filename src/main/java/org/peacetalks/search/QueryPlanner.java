package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Builds the ranking query for a question from analysed terms, so that user text never reaches
 * Lucene query syntax ({@code demand?}, a lone quote, {@code AND} or {@code +NATO} are plain words
 * here). Adds domain synonyms, corrects misspellings against the index's own vocabulary ("moskow" →
 * moscow), boosts matches in section headings and titles, and rewards words that stand together in
 * a passage as they do in the question.
 *
 * <p>Thread-safe: immutable configuration, state only on the stack.
 */
final class QueryPlanner {
  /** Unknown words this short are more likely noise ("wat", "pls") than content. */
  private static final int MIN_UNKNOWN_TERM_LENGTH = 4;

  private static final int MIN_CORRECTABLE_LENGTH = 5;

  /** Paragraphs read to find how the articles write a suggested correction's stem. */
  private static final int MAX_PARAGRAPHS_READ = 20;

  /** Suggestions of the spelling checker tried, best first, until one is a written word's. */
  private static final int SUGGESTIONS = 3;

  /** Words of one family share at least this many first letters. */
  private static final int MIN_FAMILY_PREFIX = 4;

  /**
   * At most this many letters of suffix separate a question word from a longer article word of its
   * family.
   */
  private static final int MAX_FAMILY_SUFFIX = 3;

  private static final int PHRASE_SLOP = 3;

  /**
   * A lower-case acronym of this many letters ("sipri") is read from a single name the articles
   * spell it with: a run of four capitalised words spelling a typo by chance is rare. A shorter one
   * ("teb") needs two, as "The European Bank" could spell it by accident.
   */
  private static final int ONE_RUN_LOWER_CASE_LETTERS = 4;

  /** A question mark anywhere, or a question word first: the text asks something. */
  private static final Pattern ASKS =
      Pattern.compile(
          "\\?|^\\s*(what|who|whom|whose|when|where|why|how|which|is|are|was|were|will|would|did|does|do|can|could"
              + "|should|has|have|що|хто|коли|де|чому|як|який|яка|які|чи|что|кто|когда|где|почему|зачем|как|какой|какая|какие)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private final DomainAnalyzer analyzer;
  private final Synonyms synonyms;
  private final SearchTuning tuning;
  private final NumberWords numbers;
  private final RoleNames roleNames;
  private final Acronyms acronyms = new Acronyms();

  /** Spelling correction allowing one edit (words of 5–7 letters) or two (8 and more). */
  private final DirectSpellChecker oneEdit = spellChecker(1);

  private final DirectSpellChecker twoEdits = spellChecker(2);

  QueryPlanner(DomainAnalyzer analyzer, Synonyms synonyms, SearchTuning tuning) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
    this.tuning = tuning;
    this.numbers = new NumberWords(analyzer);
    this.roleNames = new RoleNames(analyzer, synonyms);
  }

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinPrefix(1);
    checker.setMinQueryLength(MIN_CORRECTABLE_LENGTH);
    checker.setAccuracy(0.7f);
    return checker;
  }

  QueryPlan plan(String question, IndexReader reader) throws IOException {
    String normalized = NumberForms.normalize(question);
    List<String> terms = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    Map<String, List<String>> spelledNames = new HashMap<>();
    StringBuilder meaning = new StringBuilder();
    int copied = 0;
    for (DomainAnalyzer.Token t : analyzer.tokens(normalized)) {
      String term = t.term();
      // A capital that only starts a sentence says nothing about a name ("Summarise the plan").
      String surface = normalized.substring(t.start(), t.end());
      surfaces.add(
          startsSentence(normalized, t.start()) && !isAcronym(surface)
              ? surface.toLowerCase(Locale.ROOT)
              : surface);
      if (!inIndex(term, reader)
          && !inIndex(numbers.otherWay(term), reader)
          && synonyms.startingWith(term).isEmpty()) {
        String written = normalized.substring(t.start(), t.end());
        String relative = family(written, term, reader);
        if (relative == null) relative = country(written, reader);
        String name = relative == null ? spelledOut(written, reader) : null;
        if (name == null && relative == null) name = countryOfSeveralWords(written, reader);
        if (name != null) {
          // "ICRC" is the International Committee of the Red Cross the articles name, "seoul" South
          // Korea: the words side looks for both, and the model reads the name.
          String possessive = written.substring(DomainAnalyzer.withoutPossessive(written).length());
          meaning.append(normalized, copied, t.start()).append(name).append(possessive);
          copied = t.end();
          spelledNames.put(
              term, analyzer.tokens(name).stream().map(DomainAnalyzer.Token::term).toList());
          terms.add(term);
          continue;
        }
        // Chat clippings ("brits", "joburg") before spelling correction, which would take them for
        // typos of whatever word is one edit away.
        if (relative == null)
          relative = Shorthand.expand(written, term, reader, ModelVocabulary.shared());
        String corrected = relative != null ? relative : correct(written, term, reader);
        String forModel = forModel(written, term, corrected, relative != null);
        if (forModel != null) {
          meaning.append(normalized, copied, t.start()).append(forModel);
          copied = t.end();
        }
        if (corrected != null) term = corrected; // "moskow" → moscow, which synonyms then widen
      }
      terms.add(term);
    }
    Map<Set<List<String>>, Concept> concepts = new LinkedHashMap<>();
    int docs = Math.max(1, reader.numDocs());
    for (int i = 0; i < terms.size(); ) {
      Synonyms.Rule rule = longestRuleAt(terms, i);
      Concept concept;
      if (rule != null) {
        concept = weigh(String.join(" ", rule.phrase()), rule.alternatives(), reader, docs);
        i += rule.phrase().size();
      } else {
        List<String> name = spelledNames.get(terms.get(i));
        concept =
            name == null
                ? single(terms.get(i), surfaces.get(i), reader, docs)
                : weigh(surfaces.get(i), List.of(List.of(terms.get(i)), name), reader, docs);
        i++;
      }
      if (concept != null) concepts.putIfAbsent(Set.copyOf(concept.alternatives()), concept);
    }
    Map<String, List<RoleNames.Surname>> people = roleNames.surnames(question, reader);
    List<Concept> list = withPeopleByRole(concepts.values(), people, reader, docs);
    meaning.append(normalized, copied, normalized.length());
    // the model reads the people too: a paragraph that says "Merz said" is about the chancellor
    for (List<RoleNames.Surname> named : people.values()) {
      for (RoleNames.Surname person : named) meaning.append(' ').append(person.written());
    }
    String meaningText = meaning.toString().replaceAll("\\s+", " ").strip();
    return new QueryPlan(
        list,
        query(list),
        highlightTerms(list),
        terms.size(),
        ASKS.matcher(question).find(),
        meaningText.isEmpty() ? normalized : meaningText);
  }

  /**
   * The concepts with the person the articles mean by each role the question names as one more
   * alternative of the role ("german chancellor": chancellor or Merz).
   */
  private List<Concept> withPeopleByRole(
      Iterable<Concept> concepts,
      Map<String, List<RoleNames.Surname>> people,
      IndexReader reader,
      int docs)
      throws IOException {
    List<Concept> out = new ArrayList<>();
    for (Concept c : concepts) {
      List<List<String>> alternatives = new ArrayList<>(c.alternatives());
      for (List<String> alt : c.alternatives()) {
        List<RoleNames.Surname> named = alt.size() == 1 ? people.get(alt.get(0)) : null;
        if (named == null) continue;
        for (RoleNames.Surname person : named) {
          if (!alternatives.contains(List.of(person.term())))
            alternatives.add(List.of(person.term()));
        }
      }
      out.add(
          alternatives.size() == c.alternatives().size()
              ? c
              : weigh(c.label(), alternatives, reader, docs));
    }
    return List.copyOf(out);
  }

  /**
   * How the embedding model should read a question word that no article holds, when the model does
   * not know it as a whole word either: as the spelling correction when that is a word the model
   * knows ("moskow" → moscow), not at all when it is short noise ("wat", "abt"); {@code null} keeps
   * it as written. A word the model knows is kept even when the articles lack it ("spy", "won"),
   * and a family relative is a stem ("itali"), not a word to read.
   */
  private static String forModel(String written, String term, String corrected, boolean relative) {
    ModelVocabulary vocabulary = ModelVocabulary.shared();
    if (vocabulary.containsWord(written.toLowerCase(Locale.ROOT))) return null;
    if (corrected == null) {
      boolean noise =
          term.length() < MIN_UNKNOWN_TERM_LENGTH
              && term.chars().noneMatch(Character::isDigit)
              && !isAcronym(written);
      return noise ? "" : null;
    }
    return !relative && vocabulary.containsWord(corrected) ? corrected : null;
  }

  private Synonyms.Rule longestRuleAt(List<String> terms, int i) {
    for (Synonyms.Rule rule : synonyms.startingWith(terms.get(i))) {
      List<String> phrase = rule.phrase();
      if (i + phrase.size() <= terms.size() && terms.subList(i, i + phrase.size()).equals(phrase)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * A plain word (already spell-corrected where the index had a close match). An unknown word is
   * labelled as the question wrote it, so that names can be told from common words.
   */
  private Concept single(String term, String surface, IndexReader reader, int docs)
      throws IOException {
    List<String> otherWay = numbers.otherWay(term);
    if (inIndex(otherWay, reader)) {
      // "15" and "fifteen", "28" and "twenty-eight": one concept, found either way
      return weigh(term, List.of(List.of(term), otherWay), reader, docs);
    }
    if (inIndex(term, reader)) {
      return weigh(term, List.of(List.of(term)), reader, docs);
    }
    // A number the articles do not hold is no evidence either way ("900,000" when they say
    // "800,000"): leave it out. Short unknown words are more likely noise than content, unless
    // they are written as an acronym ("UN", "IMF").
    if (term.chars().anyMatch(Character::isDigit)) return null;
    if (term.length() < MIN_UNKNOWN_TERM_LENGTH && !isAcronym(surface)) return null;
    return new Concept(surface, List.of(List.of(term)), idf(0, docs), false);
  }

  /**
   * The country of two words or more ("South Korea") whose capital or people the question word
   * names, when the articles hold every word of its name; {@code null} when there is none.
   */
  private String countryOfSeveralWords(String written, IndexReader reader) throws IOException {
    for (String name : CountryWords.shared().countriesOf(bare(written))) {
      List<DomainAnalyzer.Token> tokens = analyzer.tokens(name);
      if (tokens.size() < 2) continue;
      boolean all = true;
      for (DomainAnalyzer.Token t : tokens)
        all &= reader.docFreq(new Term(IndexSchema.TEXT, t.term())) > 0;
      if (all) return name;
    }
    return null;
  }

  /**
   * The name the articles spell out for a question word that reads as an acronym: written in
   * capitals ("ICRC", "I.C.R.C.", "ICRC's"), or a short lower-case word that is neither common
   * English nor a word of the embedding model ("icrc"); {@code null} when it is none, when they
   * spell out none, or when the name has no word the index keeps ("Who Is Next").
   */
  private String spelledOut(String written, IndexReader reader) throws IOException {
    String word = DomainAnalyzer.withoutPossessive(written).replace(".", "");
    String lower = word.toLowerCase(Locale.ROOT);
    boolean capitals = isAcronym(word);
    boolean acronym =
        capitals
            || (word.equals(lower)
                && !ModelVocabulary.shared().containsWord(lower)
                && !EnglishLexicon.shared().isCommonWord(lower));
    if (!acronym) return null;
    String name =
        acronyms.spelledOut(
            word, reader, capitals || word.length() >= ONE_RUN_LOWER_CASE_LETTERS ? 1 : 2);
    return name == null || analyzer.tokens(name).isEmpty() ? null : name;
  }

  /** Whether the words of a number written the other way are all there; false when it is none. */
  private static boolean inIndex(List<String> words, IndexReader reader) throws IOException {
    if (words.isEmpty()) return false;
    for (String word : words) if (!inIndex(word, reader)) return false;
    return true;
  }

  /** Whether any paragraph has the term in its text, section heading or title. */
  static boolean inIndex(String term, IndexReader reader) throws IOException {
    for (String field : List.of(IndexSchema.TEXT, IndexSchema.SECTION, IndexSchema.TITLE)) {
      if (reader.docFreq(new Term(field, term)) > 0) return true;
    }
    return false;
  }

  /**
   * Whether only spaces, quotes or brackets stand between {@code at} and the text's start or a
   * sentence end.
   */
  private static boolean startsSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == '\n') return true;
      if (!Character.isWhitespace(c) && "\"'“”‘’«»([¿¡-–—".indexOf(c) < 0) return false;
    }
    return true;
  }

  private static boolean isAcronym(String surface) {
    return surface.length() >= 2
        && surface.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /**
   * A word of the same family the index holds, when the question's word is not there: the articles'
   * word shares all but the last letter of the shorter stem, and at least {@value
   * #MIN_FAMILY_PREFIX} letters ("italian" → itali, "chines" → china, "negotiator" → negotiat…); a
   * longer article word may add a suffix of at most {@value #MAX_FAMILY_SUFFIX} letters to a
   * question word of five letters or more. Demonyms and derived words that Porter stems apart are
   * found this way; the commonest relative wins. A question word that is common English must be
   * related to the article word in WordNet too (a form or derivation of the same word, "negotiator"
   * and negotiations, "recovery" and recover; or the first word of a compound, "shootout" and
   * shoot), since letters alone also join "recipe" to receive and "crimes" to Crimea.
   */
  private String family(String written, String term, IndexReader reader) throws IOException {
    if (term.length() < MIN_FAMILY_PREFIX || !term.chars().allMatch(Character::isLetter))
      return null;
    Set<String> related = wordNetRelatives(bare(written));
    String best = null;
    int bestDf = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.TEXT);
      if (terms == null) continue;
      TermsEnum it = terms.iterator();
      BytesRef prefix = new BytesRef(term.substring(0, MIN_FAMILY_PREFIX));
      if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
      for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, prefix); t = it.next()) {
        String candidate = t.utf8ToString();
        int shared = sharedPrefix(term, candidate);
        // A longer article word extends a question word of five letters or more by a suffix at
        // most ("chines" → chinese is not needed, "italian" → itali is shorter); a short word with
        // a long tail is another word ("mars" → marshal, "king" → kingdom).
        boolean longer = candidate.length() > term.length();
        if (longer
            && (term.length() < MIN_FAMILY_PREFIX + 1
                || candidate.length() - term.length() > MAX_FAMILY_SUFFIX)) continue;
        if (shared >= Math.min(term.length(), candidate.length()) - 1
            && (related == null || related.contains(candidate))) {
          int df = reader.docFreq(new Term(IndexSchema.TEXT, candidate));
          if (df > bestDf) {
            best = candidate;
            bestDf = df;
          }
        }
      }
    }
    return best;
  }

  /**
   * The country the articles name, when the question names it by a demonym or adjective they do not
   * use ("belgians" → Belgium, "french" → France), its capital ("bucharest" → Romania) or its
   * people ("poles" → Poland): of the one-word countries the word may name, the one most paragraphs
   * hold ({@link #countryOfSeveralWords} reads the others). When the articles name none of them,
   * the adjective they do use for a country named by the word or by its capital ("paris" or
   * "france" → French).
   */
  private String country(String written, IndexReader reader) throws IOException {
    String word = bare(written);
    Demonyms demonyms = Demonyms.shared();
    List<String> countries = new ArrayList<>(CountryWords.shared().countriesOf(word));
    if (demonyms.isCountry(word)) countries.add(word);
    List<String> names = new ArrayList<>(demonyms.countriesOf(word));
    names.addAll(countries);
    String country = mostHeld(names, reader);
    if (country != null) return country;
    List<String> adjectives = new ArrayList<>();
    for (String c : countries) adjectives.addAll(demonyms.adjectivesOf(c));
    return mostHeld(adjectives, reader);
  }

  /** The stem of the one-word name most paragraphs hold; {@code null} when none holds any. */
  private String mostHeld(List<String> names, IndexReader reader) throws IOException {
    String best = null;
    int bestDf = 0;
    for (String name : names) {
      List<DomainAnalyzer.Token> tokens = analyzer.tokens(name);
      if (tokens.size() != 1) continue;
      String term = tokens.get(0).term();
      int df = reader.docFreq(new Term(IndexSchema.TEXT, term));
      if (df > bestDf) {
        best = term;
        bestDf = df;
      }
    }
    return best;
  }

  /**
   * The stems of a common English word's WordNet relatives (its base forms and their derivations)
   * and, when it is a compound of two common words, of its first ("shootout": shoot,
   * "peacekeeping": peace); {@code null} when WordNet does not hold the word in lower case (a name,
   * a demonym).
   */
  private Set<String> wordNetRelatives(String word) {
    EnglishLexicon lexicon = EnglishLexicon.shared();
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> relatives = new HashSet<>(lexicon.relatives(lower));
    if (relatives.isEmpty()) return null;
    for (int i = MIN_FAMILY_PREFIX; i <= lower.length() - 2; i++) {
      String head = lower.substring(0, i);
      if (lexicon.isCommonWord(head) && lexicon.isCommonWord(lower.substring(i)))
        relatives.add(head);
    }
    Set<String> stems = new HashSet<>();
    for (String relative : relatives) {
      for (DomainAnalyzer.Token t : analyzer.tokens(relative)) stems.add(t.term());
    }
    return stems;
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
    return n;
  }

  /**
   * The index term a misspelt question word was meant to be, or null. A typo slips from a word as
   * the articles write it, not from a stem: of the checker's best suggestions, the first is taken
   * for which some word the articles write with that stem is as close to the question's word
   * ("orban" is one letter from organ, the stem of "organization", but far from any word the
   * articles write). A word WordNet lists is no typo, only a word the articles do not use ("crimes"
   * is not Crimea, "flour" not four).
   */
  private String correct(String written, String term, IndexReader reader) throws IOException {
    if (term.length() < MIN_CORRECTABLE_LENGTH || !term.chars().allMatch(Character::isLetter))
      return null;
    String word = bare(written);
    if (EnglishLexicon.shared().isCommonWord(word)) return null;
    DirectSpellChecker checker = term.length() >= 8 ? twoEdits : oneEdit;
    SuggestWord[] words =
        checker.suggestSimilar(
            new Term(IndexSchema.TEXT, term),
            SUGGESTIONS,
            reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    for (SuggestWord suggestion : words) {
      if (writtenNear(word, suggestion.string, checker.getMaxEdits(), reader))
        return suggestion.string;
    }
    return null;
  }

  /**
   * Whether a paragraph writes a word analysed to {@code stem} within {@code maxEdits} edits
   * (transpositions counting one, as for the spelling checker) of {@code word}; reads at most
   * {@value #MAX_PARAGRAPHS_READ} live paragraphs holding the stem.
   */
  private boolean writtenNear(String word, String stem, int maxEdits, IndexReader reader)
      throws IOException {
    CharacterRunAutomaton near =
        new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(maxEdits));
    Term wanted = new Term(IndexSchema.TEXT, stem);
    int read = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum docs = leaf.reader().postings(wanted, PostingsEnum.NONE);
      if (docs == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        if (read++ == MAX_PARAGRAPHS_READ) return false;
        String text = stored.document(d, IndexSchema.TEXT_ONLY).get(IndexSchema.TEXT);
        if (text == null) continue;
        for (DomainAnalyzer.Token t : analyzer.tokens(text)) {
          if (t.term().equals(stem) && near.run(bare(text.substring(t.start(), t.end()))))
            return true;
        }
      }
    }
    return false;
  }

  /**
   * A word as typos are compared: lower case and accents folded as the index reads them ("Erdoğan"
   * and "erdogan" are the same word), without a possessive ending.
   */
  private String bare(String word) {
    return DomainAnalyzer.withoutPossessive(
        analyzer.normalize(IndexSchema.TEXT, word).utf8ToString());
  }

  private Concept weigh(String label, List<List<String>> alternatives, IndexReader reader, int docs)
      throws IOException {
    int df = 0;
    for (List<String> alt : alternatives) {
      int altDf = Integer.MAX_VALUE;
      for (String t : alt) altDf = Math.min(altDf, reader.docFreq(new Term(IndexSchema.TEXT, t)));
      df = Math.max(df, altDf);
    }
    boolean known = df > 0;
    for (int i = 0; !known && i < alternatives.size(); i++) {
      known = alternatives.get(i).size() == 1 && inIndex(alternatives.get(i).get(0), reader);
    }
    return new Concept(label, alternatives, idf(df, docs), known);
  }

  /** BM25's inverse document frequency. */
  private static float idf(int df, int docs) {
    return (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  private Query query(List<Concept> concepts) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    List<String> singleTerms = new ArrayList<>();
    for (Concept c : concepts) {
      if (!c.known()) continue;
      q.add(conceptQuery(c, IndexSchema.TEXT), Occur.SHOULD);
      q.add(
          new BoostQuery(conceptQuery(c, IndexSchema.SECTION), tuning.sectionBoost()),
          Occur.SHOULD);
      q.add(new BoostQuery(conceptQuery(c, IndexSchema.TITLE), tuning.titleBoost()), Occur.SHOULD);
      if (c.alternatives().size() == 1 && c.alternatives().get(0).size() == 1) {
        singleTerms.add(c.alternatives().get(0).get(0));
      }
    }
    // Words that stand near each other in the question and the passage count extra.
    for (int i = 0; i + 1 < singleTerms.size(); i++) {
      PhraseQuery pair =
          new PhraseQuery(
              PHRASE_SLOP, IndexSchema.TEXT, singleTerms.get(i), singleTerms.get(i + 1));
      q.add(new BoostQuery(pair, tuning.phraseBoost()), Occur.SHOULD);
    }
    return q.build();
  }

  /** Matches a passage field that holds any alternative of the concept. */
  static Query conceptQuery(Concept c, String field) {
    SynonymQuery.Builder words = new SynonymQuery.Builder(field);
    List<Query> phrases = new ArrayList<>();
    int wordCount = 0;
    for (List<String> alt : c.alternatives()) {
      if (alt.size() == 1) {
        words.addTerm(new Term(field, alt.get(0)));
        wordCount++;
      } else {
        phrases.add(new PhraseQuery(PHRASE_SLOP - 1, field, alt.toArray(String[]::new)));
      }
    }
    if (phrases.isEmpty()) {
      return wordCount == 1
          ? new TermQuery(new Term(field, c.alternatives().get(0).get(0)))
          : words.build();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (wordCount > 0) any.add(words.build(), Occur.SHOULD);
    for (Query p : phrases) any.add(p, Occur.SHOULD);
    return any.build();
  }

  private static Set<String> highlightTerms(List<Concept> concepts) {
    Set<String> out = new HashSet<>();
    for (Concept c : concepts) {
      if (c.known()) c.alternatives().forEach(out::addAll);
    }
    return out;
  }
}
