package org.peacetalks.search;

import java.util.Objects;

/**
 * A question as the English index is searched with it, and the language it was asked in.
 *
 * @param text English words; the question itself when it was asked in English; empty when no word
 *     of a Ukrainian or Russian question is known to the glossary or the articles
 * @param contentWords words of a Ukrainian or Russian question that carry its topic (not function
 *     words, four letters or more); 0 for English
 * @param unknownWords how many of them neither the glossary nor the articles know
 * @param unknownNames how many words the Ukrainian dictionary knows only as names (a person or a
 *     place: Шевченко, Лукашенко, Відень) that the articles do not hold, neither as written nor as
 *     the glossary's English for them
 */
record TranslatedQuestion(
    String text, QuestionLanguage language, int contentWords, int unknownWords, int unknownNames) {
  TranslatedQuestion {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(language, "language == null");
    if (unknownWords < 0 || unknownWords > contentWords)
      throw new IllegalArgumentException("unknownWords outside 0..contentWords");
    if (unknownNames < 0) throw new IllegalArgumentException("unknownNames < 0");
  }

  static TranslatedQuestion english(String question) {
    return new TranslatedQuestion(question, QuestionLanguage.ENGLISH, 0, 0, 0);
  }

  /**
   * Whether too little of the question is known to search for it: no English word at all, more of
   * its topic words unknown than known ("кто выиграл чемпионат мира по футболу"), or a name the
   * articles never mention ("що Лукашенко каже про переговори"). An English question's unknown
   * names are one input of the fitted decision instead; this rule stands in for it, as that model
   * was not fitted on translated questions.
   */
  boolean tooLittleKnown() {
    return text.isEmpty() || 2 * unknownWords > contentWords || unknownNames > 0;
  }

  /** The share of the topic words that are unknown: 0 when there are none. */
  double unknownShare() {
    return contentWords == 0 ? 0 : (double) unknownWords / contentWords;
  }
}
