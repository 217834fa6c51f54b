package org.peacetalks.wording;

import org.peacetalks.search.Answer;
import org.peacetalks.search.QuestionLanguage;

/**
 * What the bot says when an answer has no passages, in the words every layer that talks to
 * people uses (the command line's {@code ask} and {@code ask --json}, and Telegram).
 */
public final class NoAnswerText {
  /** What the bot does, for replies to text that is not a question. */
  public static final String WHAT_I_DO =
      "I answer questions about the Russia–Ukraine peace talks with passages from news articles.";

  private NoAnswerText() {}

  /**
   * "Nothing found" for a Ukrainian or Russian question, in its language: it says that the bot
   * searches English-language articles, and brings its own examples.
   */
  private static final String NOTHING_FOUND_UK =
      "Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях, тож перекладаю ваше"
          + " питання за словником переговорів: спробуйте назвати людей, місця чи теми, наприклад:"
          + " «Що вимагає Росія?», «Хто очолює українську делегацію?», «Гарантії безпеки».";
  private static final String NOTHING_FOUND_RU =
      "Я ничего не нашёл об этом в статьях. Я ищу в англоязычных статьях, поэтому перевожу ваш"
          + " вопрос по словарю переговоров: попробуйте назвать людей, места или темы, например:"
          + " «Что требует Россия?», «Кто возглавляет украинскую делегацию?», «Гарантии безопасности».";

  /** Why an answer has no passages, in the language its question was asked in where the bot has the words. */
  public static String of(Answer answer) {
    Answer.Reason reason = answer.reason() == null ? Answer.Reason.NOTHING_FOUND : answer.reason();
    if (reason == Answer.Reason.NOTHING_FOUND && answer.language() == QuestionLanguage.UKRAINIAN) return NOTHING_FOUND_UK;
    if (reason == Answer.Reason.NOTHING_FOUND && answer.language() == QuestionLanguage.RUSSIAN) return NOTHING_FOUND_RU;
    return of(reason);
  }

  /** Whether the text for this answer brings its own example questions. */
  public static boolean bringsExamples(Answer answer) {
    return answer.language() != QuestionLanguage.ENGLISH && answer.reason() == Answer.Reason.NOTHING_FOUND;
  }

  /** One or two sentences for the reader. */
  public static String of(Answer.Reason reason) {
    return switch (reason) {
      case NOTHING_FOUND -> "I found nothing in the articles about that. Try asking about the peace plan, the"
          + " negotiators, territory or security guarantees.";
      case EMPTY -> "Please type a question about the peace talks.";
      case TOO_LONG -> "That is too long for a question. Please keep it under " + Answer.MAX_QUESTION_LENGTH
          + " characters.";
      case SMALL_TALK -> WHAT_I_DO + " Ask me anything about them.";
      case COMMAND -> "That looks like a command: /help lists them. " + WHAT_I_DO;
      case NOT_A_QUESTION -> "I did not understand that. " + WHAT_I_DO;
    };
  }
}
