package org.peacetalks.search;

/**
 * The language a question was asked in. The articles are English; Ukrainian and Russian questions
 * are mapped to English words before they are searched (see {@link QuestionTranslator}).
 */
public enum QuestionLanguage {
  ENGLISH("en"),
  UKRAINIAN("uk"),
  RUSSIAN("ru");

  private final String code;

  QuestionLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as Telegram's {@code language_code} writes it. */
  public String code() {
    return code;
  }
}
