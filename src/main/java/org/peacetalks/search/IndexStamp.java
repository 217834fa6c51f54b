package org.peacetalks.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a commit says about how it was built, and whether it still fits: the document layout a
 * rebuild wrote and which model made the vectors, in the commit's user data. A rebuild stamps both;
 * adding or removing one article keeps the stamp it found, except that an article added without
 * vectors to an index with them marks the vectors partial. Immutable; thread-safe.
 */
final class IndexStamp {
  private static final String LAYOUT_KEY = "peacetalks.layout";
  private static final String VECTORS_KEY = "peacetalks.vectors";

  /**
   * 2: paragraphs of several sentences carry sentence vectors; 3: paragraphs carry their word
   * pieces' vectors ({@link WordAlignment}).
   */
  private static final String LAYOUT = "3";

  private static final String NO_VECTORS = "none";

  /** Before a model name: articles were added to the index without vectors. */
  private static final String PARTIAL = "partial:";

  /** The name the configured vectors are stamped with: the model's, or "none". */
  private final String vectorsName;

  IndexStamp(PassageEmbedder embedder) {
    this.vectorsName = embedder == null ? NO_VECTORS : embedder.name();
  }

  /** Stamps what a rebuild with this configuration writes. */
  void stampRebuild(IndexWriter w) {
    w.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, VECTORS_KEY, vectorsName).entrySet());
  }

  /** The user data of the commit {@code s} reads (empty before stamps). */
  static Map<String, String> of(IndexSearcher s) throws java.io.IOException {
    if (s instanceof IndexCommits.CommitSearcher c) return c.commitData();
    return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
  }

  /**
   * After one article was added: without vectors to an index whose paragraphs have them, the stamp
   * says so, and a later semantic run rebuilds, reusing the rest.
   */
  void afterAdd(IndexWriter w, Map<String, String> found, boolean withVectors) {
    String stamped = found.get(VECTORS_KEY);
    if (!withVectors
        && stamped != null
        && !stamped.equals(NO_VECTORS)
        && !stamped.startsWith(PARTIAL)) {
      Map<String, String> partial = new HashMap<>(found);
      partial.put(VECTORS_KEY, PARTIAL + stamped);
      w.setLiveCommitData(partial.entrySet());
    }
  }

  /**
   * Why an index with this stamp should be rebuilt before it serves this configuration as it
   * should, or null when it need not (see {@link SearchIndex#staleReason()}).
   */
  String staleReason(Map<String, String> stamp, boolean semantic) {
    if (!LAYOUT.equals(stamp.get(LAYOUT_KEY))) return "it was built by an older version of the bot";
    String stamped = stamp.get(VECTORS_KEY);
    if (!semantic || vectorsName.equals(stamped)) return null;
    if ((PARTIAL + vectorsName).equals(stamped)) {
      return "some of its paragraphs have no embeddings (added while search.semantic was false)";
    }
    return NO_VECTORS.equals(stamped)
        ? "it was built without embeddings (search.semantic was false)"
        : "its embeddings come from another model (" + stamped + ")";
  }

  /**
   * Whether an index with this stamp has vectors this configuration can reuse: made by the same
   * model (all or some of them), or stamped by no one (an index from before stamps, whose vectors
   * were bge-small's; their length is checked one by one).
   */
  boolean vectorsReusable(Map<String, String> stamp) {
    String stamped = stamp.get(VECTORS_KEY);
    if (stamped == null) return !stamp.containsKey(LAYOUT_KEY);
    return stamped.equals(vectorsName) || stamped.equals(PARTIAL + vectorsName);
  }
}
