package org.peacetalks.search;

import java.util.List;

/**
 * What the ranking of one question says about whether the articles answer it: the evidence the
 * no-answer decision ({@link Answerability}) weighs. Computed over the first tier of candidates,
 * before any passage is dropped.
 *
 * @param hybrid whether meaning (embedding) signals were available; without them the cosines are 0
 * @param bestCosine closeness in meaning of the best paragraph, -1..1
 * @param bestSentenceCosine closeness in meaning of the best single sentence, -1..1
 * @param cosineMargin how far the best paragraph stands above the tenth best (a question about the
 *     talks finds one passage clearly closer than the rest; small talk finds them all alike)
 * @param bestCoverage the share of the question's concepts (IDF-weighted, over all its words, known
 *     or not) held by the passage that covers most
 * @param unknownShare the share of the question's weight in words no article uses, after spelling
 *     correction, synonyms, stemming and number forms
 * @param unknownNames how many of the question's unknown words look like names (capitalised or not
 *     a whole word of the embedding model's vocabulary)
 * @param knownConcepts how many of the question's concepts some article holds
 * @param wordScore the best passage's word score relative to the most the question's known words
 *     could give in the text field (section, title and phrase matches may add to it)
 * @param offTopic the log-odds that the question is about another subject, read from its meaning
 *     alone ({@link TopicProbe}); NaN when not read (by words alone, or no probe fitted for the
 *     embedding model), and the decision then weighs it at its mean
 */
public record AnswerSignals(
    boolean hybrid,
    double bestCosine,
    double bestSentenceCosine,
    double cosineMargin,
    double bestCoverage,
    double unknownShare,
    double unknownNames,
    double knownConcepts,
    double wordScore,
    double offTopic) {

  /** The names of the signals, in the order of {@link #values()}. */
  public static final List<String> NAMES =
      List.of(
          "bestCosine",
          "bestSentenceCosine",
          "cosineMargin",
          "bestCoverage",
          "unknownShare",
          "unknownNames",
          "knownConcepts",
          "wordScore",
          "offTopic");

  /** The signals as numbers, in the order of {@link #NAMES}. */
  public double[] values() {
    return new double[] {
      bestCosine,
      bestSentenceCosine,
      cosineMargin,
      bestCoverage,
      unknownShare,
      unknownNames,
      knownConcepts,
      wordScore,
      offTopic
    };
  }

  /** The same signals with another reading of the question's topic. */
  public AnswerSignals withOffTopic(double offTopic) {
    return new AnswerSignals(
        hybrid,
        bestCosine,
        bestSentenceCosine,
        cosineMargin,
        bestCoverage,
        unknownShare,
        unknownNames,
        knownConcepts,
        wordScore,
        offTopic);
  }
}
