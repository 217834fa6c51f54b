package org.peacetalks.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.peacetalks.search.ArticleSummary;

/**
 * Where {@link ArticleIntake} records an /add in steps, so that a crash at any point leaves
 * something start-up can finish or undo: {@link #begin} before the file is written, {@link #finish}
 * after the index commit (from then on the article counts as added, for the digest). Also answers
 * the duplicate check by content hash. The bot's is the article ledger in the state database;
 * {@link #inMemory} is for tests and tools without one.
 */
public interface IntakeJournal {
  /** An /add begun and not finished: what start-up looks at. */
  record Unfinished(String articleId, String fileName) {}

  /** The article recorded with this content hash, finished or not. */
  Optional<String> articleWithHash(String contentHash) throws IOException;

  /**
   * Whether some articles are recorded without a hash (state from before hashes were kept): then
   * the duplicate check also asks the index.
   */
  boolean lacksHashes() throws IOException;

  /** Records an /add about to write its file; when this fails, nothing may be added. */
  void begin(String articleId, String contentHash, String fileName) throws IOException;

  /** The /add is indexed: the article counts as added from now. */
  void finish(ArticleSummary added) throws IOException;

  /** The /add did not happen (its file and index entry are gone). */
  void abandon(String articleId) throws IOException;

  List<Unfinished> unfinished() throws IOException;

  /** A journal in memory that tells {@code onAdded} of each article finished. Thread-safe. */
  static IntakeJournal inMemory(Consumer<ArticleSummary> onAdded) {
    return new IntakeJournal() {
      private final Map<String, String> hashById = new LinkedHashMap<>();
      private final Map<String, String> unfinished = new LinkedHashMap<>();

      @Override
      public synchronized Optional<String> articleWithHash(String contentHash) {
        return hashById.entrySet().stream()
            .filter(e -> e.getValue().equals(contentHash))
            .map(Map.Entry::getKey)
            .findFirst();
      }

      @Override
      public boolean lacksHashes() {
        return true; // it knows only what was added through it: the index knows the rest
      }

      @Override
      public synchronized void begin(String articleId, String contentHash, String fileName) {
        hashById.put(articleId, contentHash);
        unfinished.put(articleId, fileName);
      }

      @Override
      public void finish(ArticleSummary added) {
        synchronized (this) {
          unfinished.remove(added.id());
        }
        onAdded.accept(added);
      }

      @Override
      public synchronized void abandon(String articleId) {
        hashById.remove(articleId);
        unfinished.remove(articleId);
      }

      @Override
      public synchronized List<Unfinished> unfinished() {
        List<Unfinished> out = new ArrayList<>();
        unfinished.forEach((id, file) -> out.add(new Unfinished(id, file)));
        return out;
      }
    };
  }
}
