package org.peacetalks.admin;

import java.util.Objects;

/**
 * What became of an article offered by an admin.
 *
 * @param articleId the new article's id, or for a duplicate the existing one's
 * @param title its title
 * @param paragraphs passages indexed (0 unless added)
 * @param problem why it was refused; for an article added, what did not succeed (the admin must be
 *     told of a partial success), else null
 * @param firstPassage the first passage kept, so an admin sees at once what the bot made of a page;
 *     or {@code null}
 */
public record IntakeResult(
    Outcome outcome,
    String articleId,
    String title,
    int paragraphs,
    IntakeProblem problem,
    String firstPassage) {
  /** Added, already there, or refused with a reason. */
  public enum Outcome {
    ADDED,
    DUPLICATE,
    REFUSED
  }

  public IntakeResult {
    Objects.requireNonNull(outcome, "outcome == null");
  }

  /** A result that shows no passage (a duplicate, a refusal). */
  public IntakeResult(
      Outcome outcome, String articleId, String title, int paragraphs, IntakeProblem problem) {
    this(outcome, articleId, title, paragraphs, problem, null);
  }

  /**
   * The problem for logs and messages of tests, or {@code null}; chats word {@link #problem()}
   * themselves.
   */
  public String reason() {
    return problem == null ? null : problem.toString();
  }

  static IntakeResult refused(IntakeProblem problem) {
    return new IntakeResult(Outcome.REFUSED, null, null, 0, problem);
  }

  static IntakeResult refused(IntakeProblem.Kind kind) {
    return refused(IntakeProblem.of(kind));
  }
}
