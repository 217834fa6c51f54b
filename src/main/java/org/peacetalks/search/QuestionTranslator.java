package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Ukrainian or Russian question into the English words the articles use, so that the
 * English index and the English embedding model can rank passages for it: "Що пропонує план США
 * щодо Донбасу?" → "propose plan US Donbas". English questions pass unchanged.
 *
 * <p>Each word is reduced to its base ({@link Lemmatizer}) and looked up in the {@link Glossary},
 * longest phrase first, in the detected language and then in the other one (people mix them); then
 * by form, for inflected names and typos; then, for a name the glossary lacks, spelled in Latin
 * letters if the articles hold that spelling ({@link Transliterator}). A word found nowhere is left
 * out rather than guessed. A word the Ukrainian dictionary knows only as a name, which the articles
 * do not hold under any English the glossary gives it, is counted as a name the articles never
 * mention. Question words that set the kind of answer ("скільки" → how many, "когда" → when) lead
 * the English text, as the answer-type check reads them there.
 *
 * <p>Thread-safe. The Ukrainian dictionary and the glossary are loaded on the first Cyrillic
 * question, not at start-up: together they take most of a second.
 */
final class QuestionTranslator {
  private static final Logger log = LoggerFactory.getLogger(QuestionTranslator.class);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Shorter words are more often particles than topics, as in the query planner. */
  private static final int MIN_CONTENT_LENGTH = 4;

  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d.,'-]*");

  /** The loaded parts, built once on first use. */
  private record Parts(Lemmatizer lemmatizer, Glossary glossary) {}

  private final LanguageDetector detector = new LanguageDetector();
  private final DomainAnalyzer english;
  private final Transliterator transliterator;
  private volatile Parts parts;

  QuestionTranslator(DomainAnalyzer english) {
    this.english = english;
    this.transliterator = new Transliterator(english);
  }

  /** The question in English words, with the language it was asked in. */
  TranslatedQuestion translate(String question, IndexReader reader) throws IOException {
    QuestionLanguage language = detector.detect(question);
    if (language == QuestionLanguage.ENGLISH) return TranslatedQuestion.english(question);
    Parts p = parts();
    QuestionLanguage other =
        language == QuestionLanguage.UKRAINIAN
            ? QuestionLanguage.RUSSIAN
            : QuestionLanguage.UKRAINIAN;
    List<Lemmatizer.Word> words = p.lemmatizer().words(question, language);
    List<Lemmatizer.Word> otherWords = p.lemmatizer().words(question, other);
    boolean aligned = sameWords(words, otherWords);
    String lead = null;
    List<String> out = new ArrayList<>();
    int content = 0;
    int unknown = 0;
    int unknownNames = 0;
    for (int i = 0; i < words.size(); ) {
      Lemmatizer.Word w = words.get(i);
      if (!w.isCyrillic()) {
        i += latinOrNumber(words, i, out);
        continue;
      }
      Glossary.Match m = p.glossary().longestAt(words, i, language);
      if (m == null && aligned) m = p.glossary().longestAt(otherWords, i, other);
      int span = m == null ? 1 : m.length();
      String found = m != null ? m.english() : null;
      boolean stop = p.lemmatizer().isStopWord(w, language);
      if (found == null && !stop) found = p.glossary().closest(w);
      if (found == null && !stop) found = transliterator.toIndexWord(w.surface(), language, reader);
      boolean topical = !stop && w.surface().length() >= MIN_CONTENT_LENGTH;
      if (topical) content++;
      // A person or place the articles never mention, found nowhere (Шевченко) or only in the
      // glossary (Лукашенко → Lukashenko): what is asked about them is not there.
      boolean name = !stop && (w.name() || aligned && otherWords.get(i).name());
      if (found == null) {
        if (topical) unknown++;
        if (name) unknownNames++;
      } else if (name && !inIndex(found, reader)) {
        unknownNames++;
      } else if (found.equals(Glossary.NEUTRAL)) {
        // a word with no topic of its own ("сказав", "говорят"): known, adds nothing
      } else if (english.tokens(found).isEmpty()) {
        if (lead == null) lead = found; // a question word: "how many", "when", "who"
      } else if (out.isEmpty() || !out.get(out.size() - 1).equals(found)) {
        out.add(found);
      }
      i += span;
    }
    if (lead != null && !out.isEmpty()) out.add(0, lead);
    String text = String.join(" ", out);
    log.debug(
        "{} question mapped to English: {} ({} of {} topic words unknown, {} names)",
        language.code(),
        text,
        unknown,
        content,
        unknownNames);
    return new TranslatedQuestion(text, language, content, unknown, unknownNames);
  }

  /**
   * Whether the articles hold every word of the glossary's English (in text, headings or titles).
   */
  private boolean inIndex(String glossaryEnglish, IndexReader reader) throws IOException {
    for (DomainAnalyzer.Token t : english.tokens(glossaryEnglish)) {
      if (!QueryPlanner.inIndex(t.term(), reader)) return false;
    }
    return true;
  }

  /**
   * Keeps a Latin word (NATO, Witkoff) as written; "600 тисяч" becomes 600k. Returns words used.
   */
  private static int latinOrNumber(List<Lemmatizer.Word> words, int i, List<String> out) {
    String s = words.get(i).surface();
    if (NUMBER.matcher(s).matches() && i + 1 < words.size()) {
      String next = words.get(i + 1).surface();
      if (next.startsWith("тис") || next.startsWith("тыс")) {
        out.add(s + "k");
        return 2;
      }
    }
    if (LATIN.matcher(s).matches()) out.add(s);
    return 1;
  }

  /** Both analyses split the question into the same words (they do unless a token rule differs). */
  private static boolean sameWords(List<Lemmatizer.Word> a, List<Lemmatizer.Word> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (a.get(i).start() != b.get(i).start()) return false;
    return true;
  }

  private Parts parts() {
    Parts p = parts;
    if (p == null) {
      synchronized (this) {
        p = parts;
        if (p == null) {
          long started = System.nanoTime();
          Lemmatizer lemmatizer = new Lemmatizer();
          Glossary glossary = Glossary.builtIn(lemmatizer);
          p = new Parts(lemmatizer, glossary);
          parts = p;
          log.info(
              "Loaded Ukrainian and Russian question support ({} glossary entries) in {} ms",
              glossary.size(),
              (System.nanoTime() - started) / 1_000_000);
        }
      }
    }
    return p;
  }

  /** For tests: the loaded glossary and lemmatizer. */
  Glossary glossary() {
    return parts().glossary();
  }

  Lemmatizer lemmatizer() {
    return parts().lemmatizer();
  }
}
