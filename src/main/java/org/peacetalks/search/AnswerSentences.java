package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;

/**
 * What a reader sees first of a passage: its sentences, the one closest to the question, and which
 * of the question's words are worth bold.
 *
 * <p>Bold goes only to the question's rare words: a word found in more than {@link #COMMON_SHARE}
 * of the paragraphs ("Russia", "talks" in a corpus about the talks) tells the reader nothing about
 * where the answer is. The answering sentence is the one with the most of the question's words,
 * each weighted by how rare it is, plus its closeness in meaning when the index holds sentence
 * vectors (the same vectors the ranking scores). Thread-safe.
 */
final class AnswerSentences {
  /** A word in more of the paragraphs than this is common: matched, but not bold. */
  static final double COMMON_SHARE = 0.2;

  /** How much a sentence's share of the question's words counts against its cosine. */
  private static final double WORDS_WEIGHT = 0.5;

  private final DomainAnalyzer analyzer;
  private final Highlighter highlighter;

  AnswerSentences(DomainAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.highlighter = new Highlighter(analyzer);
  }

  /**
   * The word weights of one question against the index it is answered from. A concept is common
   * when any of its words is: "Kremlin" is not bold when it stands for "Russia".
   */
  Question forQuestion(IndexReader reader, List<Concept> concepts, float[] questionVector)
      throws IOException {
    int paragraphs = Math.max(1, reader.getDocCount(IndexSchema.TEXT));
    Map<String, Double> weights = new HashMap<>();
    Set<String> bold = new HashSet<>();
    for (Concept concept : concepts) {
      if (!concept.known()) continue;
      Set<String> terms = new HashSet<>();
      concept.alternatives().forEach(terms::addAll);
      int df = 0;
      for (String term : terms) df = Math.max(df, reader.docFreq(new Term(IndexSchema.TEXT, term)));
      if (df == 0) continue;
      double weight = Math.log(1 + (double) paragraphs / df);
      for (String term : terms) weights.merge(term, weight, Math::max);
      if (df <= Math.max(1, COMMON_SHARE * paragraphs)) bold.addAll(terms);
    }
    return new Question(reader, weights, Set.copyOf(bold), questionVector);
  }

  /** A passage's sentences and the index of the answering one. */
  record Split(List<Sentence> sentences, int answer) {}

  /** One question's view of passages. */
  final class Question {
    private final IndexReader reader;
    private final Map<String, Double> weights;
    private final Set<String> bold;
    private final float[] vector;

    private Question(
        IndexReader reader, Map<String, Double> weights, Set<String> bold, float[] vector) {
      this.reader = reader;
      this.weights = weights;
      this.bold = bold;
      this.vector = vector;
    }

    /** {@code text} escaped, rare question words in bold. */
    String highlight(String text) {
      return highlighter.highlight(text, bold);
    }

    /** The sentences of the paragraph stored as document {@code doc}, and which one answers. */
    Split split(int doc, String text) throws IOException {
      List<String> texts = SentenceSplitter.split(text);
      List<Sentence> out = new ArrayList<>(texts.size());
      for (String t : texts) out.add(new Sentence(t, highlight(t)));
      if (texts.size() < 2) return new Split(out, 0);
      float[] cosines = cosines(doc, texts.size());
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < texts.size(); i++) {
        double score = WORDS_WEIGHT * wordShare(texts.get(i)) + (cosines == null ? 0 : cosines[i]);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      return new Split(out, best);
    }

    /** The rarity-weighted share of the question's words found in {@code sentence}. */
    private double wordShare(String sentence) {
      double total = 0;
      for (double w : weights.values()) total += w;
      if (total == 0) return 0;
      Set<String> seen = new HashSet<>();
      double found = 0;
      for (DomainAnalyzer.Token t : analyzer.tokens(sentence)) {
        Double w = weights.get(t.term());
        if (w != null && seen.add(t.term())) found += w;
      }
      return found / total;
    }

    /** Each sentence's closeness to the question, or {@code null} without sentence vectors. */
    private float[] cosines(int doc, int sentences) throws IOException {
      if (vector == null) return null;
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues packed = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      if (packed == null || !packed.advanceExact(doc - leaf.docBase)) return null;
      float[] dots = SentenceVectors.dots(vector, packed.binaryValue());
      // Vectors from another way of splitting (an index built by an older version) do not line up.
      return dots.length == sentences ? dots : null;
    }
  }
}
