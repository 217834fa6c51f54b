package org.peacetalks.storage;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What people thought of the answers: a 👍 or 👎 under an answer, with the passages it showed, and
 * every question the bot had no answer for. Listed to admins ({@code feedback} command, /stats) so
 * that the articles and the ranking can be improved where they failed. Implementations are
 * thread-safe.
 */
public interface FeedbackRepository {
  /** What a record says about an answer. */
  enum Vote {
    UP,
    DOWN,
    NO_ANSWER
  }

  /** A passage an answer showed: the article and the paragraph's ordinal in it. */
  record PassageRef(String articleId, int paragraph) {
    public PassageRef {
      Objects.requireNonNull(articleId, "articleId == null");
    }
  }

  /** One stored record; {@code passages} in the order the answer showed them. */
  record Feedback(
      long id, Instant at, long chatId, String question, Vote vote, List<PassageRef> passages) {
    public Feedback {
      Objects.requireNonNull(at, "at == null");
      Objects.requireNonNull(question, "question == null");
      Objects.requireNonNull(vote, "vote == null");
      passages = List.copyOf(passages);
    }
  }

  /**
   * Records a vote on an answer (or, with {@link Vote#NO_ANSWER} and no passages, a question that
   * got none), stamped with the current time. Each call adds a record.
   *
   * @param passages the passages the answer showed, in order (empty for no answer)
   */
  void record(long chatId, String question, List<PassageRef> passages, Vote vote)
      throws IOException;

  /** Records a question the bot had nothing about. */
  default void recordNoAnswer(long chatId, String question) throws IOException {
    record(chatId, question, List.of(), Vote.NO_ANSWER);
  }

  /** The newest {@code limit} records that are 👎 or no answer, newest first. */
  List<Feedback> listNegative(int limit) throws IOException;

  /** How many records are 👎 and how many questions got no answer, all time. */
  record NegativeCounts(long down, long noAnswer) {}

  /** The counts of 👎 and of unanswered questions. */
  NegativeCounts countNegative() throws IOException;
}
