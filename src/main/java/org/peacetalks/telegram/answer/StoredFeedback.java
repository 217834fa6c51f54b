package org.peacetalks.telegram.answer;

import java.io.IOException;
import java.util.List;
import org.peacetalks.search.Passage;
import org.peacetalks.storage.FeedbackRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer buttons' votes and the unanswered questions, kept in the state database. A write that
 * fails is logged and dropped: a vote is not worth an error message to the reader.
 */
public final class StoredFeedback implements FeedbackSink {
  private static final Logger log = LoggerFactory.getLogger(StoredFeedback.class);

  private final FeedbackRepository repository;

  public StoredFeedback(FeedbackRepository repository) {
    this.repository = repository;
  }

  @Override
  public void record(long chatId, String question, List<Passage> shown, Vote vote) {
    List<FeedbackRepository.PassageRef> refs =
        shown.stream()
            .map(p -> new FeedbackRepository.PassageRef(p.articleId(), p.paragraph()))
            .toList();
    FeedbackRepository.Vote stored =
        vote == Vote.UP ? FeedbackRepository.Vote.UP : FeedbackRepository.Vote.DOWN;
    try {
      repository.record(chatId, question, refs, stored);
    } catch (IOException | RuntimeException e) {
      log.warn("Could not record a {} vote of chat {}: {}", vote, chatId, e.toString());
    }
  }

  @Override
  public void noAnswer(long chatId, String question) {
    try {
      repository.recordNoAnswer(chatId, question);
    } catch (IOException | RuntimeException e) {
      log.warn("Could not record the unanswered question of chat {}: {}", chatId, e.toString());
    }
  }
}
