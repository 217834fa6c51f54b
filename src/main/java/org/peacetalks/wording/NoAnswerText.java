package org.peacetalks.wording;

import org.peacetalks.search.Answer;
import org.peacetalks.search.QuestionLanguage;

/**
 * What the bot says when an answer has no passages, in the words every layer that talks to people
 * uses (the command line's {@code ask} and {@code ask --json}, and Telegram), from the {@code
 * noAnswer.*} texts.
 */
public final class NoAnswerText {
  private NoAnswerText() {}

  /** Why an answer has no passages, in the language its question was asked in. */
  public static String of(Answer answer) {
    return of(answer, Texts.english());
  }

  /**
   * Why an answer has no passages: a Ukrainian or Russian question in its own language (saying that
   * the bot searches English articles), an English one in the reader's {@code texts}.
   */
  public static String of(Answer answer, Texts texts) {
    Answer.Reason reason = answer.reason() == null ? Answer.Reason.NOTHING_FOUND : answer.reason();
    if (answer.language() == QuestionLanguage.ENGLISH) return of(reason, texts);
    Texts asked = Texts.forLanguage(answer.language().code());
    return reason == Answer.Reason.NOTHING_FOUND
        ? asked.get("noAnswer.nothingFoundTranslated")
        : of(reason, asked);
  }

  /**
   * Whether the text for this answer stands alone: a Ukrainian or Russian one brings its own
   * examples, and example questions in another language would not help its reader.
   */
  public static boolean bringsExamples(Answer answer) {
    return answer.language() != QuestionLanguage.ENGLISH;
  }

  /** One or two sentences for the reader, in English. */
  public static String of(Answer.Reason reason) {
    return of(reason, Texts.english());
  }

  /** One or two sentences for the reader, in the language of {@code texts}. */
  public static String of(Answer.Reason reason, Texts texts) {
    String whatIDo = texts.get("noAnswer.whatIDo");
    return switch (reason) {
      case NOTHING_FOUND -> texts.get("noAnswer.nothingFound");
      case EMPTY -> texts.get("noAnswer.empty");
      // A string, not a number: a limit reads "1000", not "1,000".
      case TOO_LONG ->
          texts.get("noAnswer.tooLong", "max", String.valueOf(Answer.MAX_QUESTION_LENGTH));
      case SMALL_TALK -> texts.get("noAnswer.smallTalk", "whatIDo", whatIDo);
      case COMMAND -> texts.get("noAnswer.command", "whatIDo", whatIDo);
      case NOT_A_QUESTION -> texts.get("noAnswer.notAQuestion", "whatIDo", whatIDo);
    };
  }
}
