package org.peacetalks.telegram.answer;

import java.util.List;
import org.peacetalks.search.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the 👍 / 👎 under answers, and the questions that found nothing, go: the list admins
 * improve the corpus from ({@code /stats}, the {@code feedback} command). Implementations must be
 * thread-safe and must not throw for a failed write (log it: a vote is not worth an error message
 * to the user).
 */
public interface FeedbackSink {
  /** A reader's verdict on an answer. */
  enum Vote {
    UP,
    DOWN
  }

  /** Keeps nothing; logs at DEBUG. For tests and until a store is wired in. */
  FeedbackSink NONE =
      new FeedbackSink() {
        private final Logger log = LoggerFactory.getLogger(FeedbackSink.class);

        @Override
        public void record(long chatId, String question, List<Passage> shown, Vote vote) {
          log.debug(
              "Feedback {} in chat {} on {} passages (not stored)", vote, chatId, shown.size());
        }
      };

  /**
   * A vote on an answer.
   *
   * @param shown the passages the reader had seen when voting (text not included), in rank order
   */
  void record(long chatId, String question, List<Passage> shown, Vote vote);

  /** A question that found nothing in the articles. */
  default void noAnswer(long chatId, String question) {}
}
