package org.peacetalks.telegram.answer;

import java.time.Instant;

/**
 * When an article entered the corpus, shown as "added 3 Dec" where the article gives no date of its
 * own. Implementations must be thread-safe and quick (called for every passage shown).
 */
@FunctionalInterface
public interface AddedDates {
  /** Nothing known: passages without their own date show none. */
  AddedDates NONE = articleId -> null;

  /** When {@code articleId} was added, or {@code null} when not known. */
  Instant addedAt(String articleId);
}
