package org.peacetalks.search;

/**
 * The language a question was asked in. The articles are English; Ukrainian and Russian questions
 * are mapped to English words before they are searched (see {@link QuestionTranslator}).
 */
public enum QuestionLanguage {
  ENGLISH("en", null),
  UKRAINIAN("uk",
      "Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях, тож перекладаю ваше"
          + " питання за словником переговорів: спробуйте назвати людей, місця чи теми, наприклад:"
          + " «Що вимагає Росія?», «Хто очолює українську делегацію?», «Гарантії безпеки»."),
  RUSSIAN("ru",
      "Я ничего не нашёл об этом в статьях. Я ищу в англоязычных статьях, поэтому перевожу ваш"
          + " вопрос по словарю переговоров: попробуйте назвать людей, места или темы, например:"
          + " «Что требует Россия?», «Кто возглавляет украинскую делегацию?», «Гарантии безопасности».");

  private final String code;
  private final String noAnswerMessage;

  QuestionLanguage(String code, String noAnswerMessage) {
    this.code = code;
    this.noAnswerMessage = noAnswerMessage;
  }

  /** The ISO 639-1 code, as Telegram's {@code language_code} writes it. */
  public String code() {
    return code;
  }

  /**
   * "Nothing found" in this language, saying that the bot searches English-language articles;
   * {@code null} for English, whose wording the searcher keeps.
   */
  String noAnswerMessage() {
    return noAnswerMessage;
  }
}
