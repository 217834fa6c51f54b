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

  /** Why an answer has no passages, in the language its question was asked in. */
  public static String of(Answer answer) {
    Answer.Reason reason = answer.reason() == null ? Answer.Reason.NOTHING_FOUND : answer.reason();
    return switch (answer.language()) {
      case UKRAINIAN -> ukrainian(reason);
      case RUSSIAN -> russian(reason);
      case ENGLISH -> of(reason);
    };
  }

  /**
   * Whether the text for this answer stands alone: a Ukrainian or Russian one brings its own
   * examples, and English example questions would not help its reader.
   */
  public static boolean bringsExamples(Answer answer) {
    return answer.language() != QuestionLanguage.ENGLISH;
  }

  private static final String WHAT_I_DO_UK =
      "Я відповідаю на запитання про мирні переговори між Росією та Україною уривками з новинних статей.";
  private static final String WHAT_I_DO_RU =
      "Я отвечаю на вопросы о мирных переговорах между Россией и Украиной отрывками из новостных статей.";

  private static String ukrainian(Answer.Reason reason) {
    return switch (reason) {
      case NOTHING_FOUND -> "Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях, тож перекладаю ваше"
          + " питання за словником переговорів: спробуйте назвати людей, місця чи теми, наприклад:"
          + " «Що вимагає Росія?», «Хто очолює українську делегацію?», «Гарантії безпеки».";
      case EMPTY -> "Напишіть, будь ласка, запитання про мирні переговори.";
      case TOO_LONG -> String.format("Це задовге запитання. Будь ласка, вкладіться в %d символів.", Answer.MAX_QUESTION_LENGTH);
      case SMALL_TALK -> WHAT_I_DO_UK + " Запитайте мене про них.";
      case COMMAND -> "Схоже на команду: /help покаже їх перелік. " + WHAT_I_DO_UK;
      case NOT_A_QUESTION -> "Я не зрозумів. " + WHAT_I_DO_UK;
    };
  }

  private static String russian(Answer.Reason reason) {
    return switch (reason) {
      case NOTHING_FOUND -> "Я ничего не нашёл об этом в статьях. Я ищу в англоязычных статьях, поэтому перевожу ваш"
          + " вопрос по словарю переговоров: попробуйте назвать людей, места или темы, например:"
          + " «Что требует Россия?», «Кто возглавляет украинскую делегацию?», «Гарантии безопасности».";
      case EMPTY -> "Напишите, пожалуйста, вопрос о мирных переговорах.";
      case TOO_LONG -> String.format("Это слишком длинный вопрос. Пожалуйста, уложитесь в %d символов.", Answer.MAX_QUESTION_LENGTH);
      case SMALL_TALK -> WHAT_I_DO_RU + " Спросите меня о них.";
      case COMMAND -> "Похоже на команду: /help покажет их список. " + WHAT_I_DO_RU;
      case NOT_A_QUESTION -> "Я не понял. " + WHAT_I_DO_RU;
    };
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
