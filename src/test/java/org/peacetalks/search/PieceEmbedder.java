package org.peacetalks.search;

import java.util.List;
import java.util.Locale;

/**
 * A stand-in embedding that gives word pieces too: {@link CountingEmbedder}'s vectors, and each
 * word of a text as one piece whose vector is the word's own (so a piece aligns with the same word
 * only).
 */
final class PieceEmbedder implements PassageEmbedder {
  final CountingEmbedder vectors = new CountingEmbedder();

  @Override
  public String name() {
    return vectors.name();
  }

  @Override
  public int dimension() {
    return vectors.dimension();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return vectors.embedPassages(passages);
  }

  @Override
  public float[] embedQuery(String question) {
    return vectors.embedQuery(question);
  }

  @Override
  public boolean givesWordPieces() {
    return true;
  }

  @Override
  public List<Encoding> encodePassages(List<String> passages) {
    List<float[]> embedded = embedPassages(passages);
    return java.util.stream.IntStream.range(0, passages.size())
        .mapToObj(i -> new Encoding(embedded.get(i), pieces(passages.get(i))))
        .toList();
  }

  @Override
  public Encoding encodeSentence(String text) {
    return new Encoding(embedQuery(text), pieces(text));
  }

  private WordPieces pieces(String text) {
    WordPieces.Builder b = new WordPieces.Builder();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
      if (!word.isEmpty()) b.add(word, word.hashCode(), BagOfWordsVectors.of(word, dimension()));
    return b.build();
  }
}
