package org.peacetalks.search;

import java.util.List;
import java.util.Objects;

/**
 * One ranked paragraph of an answer. {@code source}, {@code url}, {@code published} and {@code
 * section} may be {@code null}.
 *
 * @param paragraph the paragraph's 1-based position in its article
 * @param text the paragraph as stored for display (cleaned, original wording)
 * @param highlighted {@code text} HTML-escaped, with matched words in {@code <b>…</b>}
 * @param sentences {@code text} cut into sentences, each highlighted like {@code highlighted}
 * @param answer the index in {@code sentences} of the one closest to the question: what a reader
 *     should see first
 */
public record Passage(
    int rank,
    String articleId,
    String title,
    String source,
    String url,
    String published,
    int paragraph,
    String section,
    String text,
    String highlighted,
    double score,
    List<Sentence> sentences,
    int answer) {

  public Passage {
    Objects.requireNonNull(articleId, "articleId == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(highlighted, "highlighted == null");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty() ? answer != 0 : answer < 0 || answer >= sentences.size()) {
      throw new IllegalArgumentException(
          "answer " + answer + " is not one of " + sentences.size() + " sentences");
    }
  }

  /**
   * The sentences of a passage whose answering sentence is not known (take the first as its
   * answer): {@code text} cut into sentences, unhighlighted unless there is only one.
   */
  public static List<Sentence> sentencesOf(String text, String highlighted) {
    List<String> texts = SentenceSplitter.split(text);
    if (texts.size() == 1) return List.of(new Sentence(texts.get(0), highlighted));
    return texts.stream().map(t -> new Sentence(t, HtmlText.escape(t))).toList();
  }

  /** The sentence closest to the question, or the whole text when it has no sentences. */
  public Sentence answerSentence() {
    return sentences.isEmpty() ? new Sentence(text, highlighted) : sentences.get(answer);
  }
}
