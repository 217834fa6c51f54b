package org.peacetalks.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English, Ukrainian and Russian questions apart. A question is English unless most of its
 * letters are Cyrillic. Letters settle most Cyrillic questions: і, ї, є and ґ are Ukrainian only,
 * ы, э, ъ and ё Russian only, and a Ukrainian sentence of more than a few words nearly always holds
 * an і. What is left (short questions like "Что с Донбассом?") is settled by the function words and
 * endings only one of the two languages has; a tie goes to Russian, whose questions are the ones
 * that can lack every marker letter.
 *
 * <p>No language-identification library is used: the ones on Maven Central are either unmaintained
 * (optimaize language-detector, last released 2016) or ship models for dozens of languages at tens
 * of megabytes (Lingua), to tell apart two languages that this alphabet test already separates. A
 * wrong guess costs little: the translator tries the other language's glossary forms for words the
 * first one misses.
 *
 * <p>Stateless and thread-safe.
 */
final class LanguageDetector {
  private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}'’ʼ]+");
  private static final Set<String> UKRAINIAN_WORDS =
      Set.of(
          "що",
          "шо",
          "як",
          "чи",
          "та",
          "це",
          "цей",
          "ця",
          "ці",
          "коли",
          "хто",
          "скільки",
          "чому",
          "буде",
          "було",
          "щодо",
          "між",
          "якщо",
          "бо",
          "але",
          "тому",
          "треба",
          "можна",
          "зараз",
          "тепер",
          "вже",
          "ще",
          "теж",
          "також",
          "тільки",
          "який",
          "яка",
          "яке",
          "якого",
          "його",
          "вони",
          "він",
          "вона",
          "ми",
          "ви",
          "де",
          "мене",
          "мені",
          "нема",
          "немає",
          "чого",
          "навіщо",
          "сьогодні",
          "вчора",
          "завтра",
          "дуже",
          "або",
          "чий",
          "чия",
          "чиє",
          "свого",
          "своє",
          "з",
          "із",
          "зі",
          "й");
  private static final Set<String> RUSSIAN_WORDS =
      Set.of(
          "что", "как", "или", "это", "этот", "эта", "эти", "когда", "кто", "сколько", "почему",
          "будет", "было", "между", "если", "потому", "но", "надо", "нужно", "можно", "сейчас",
          "теперь", "уже", "ещё", "еще", "тоже", "также", "только", "какой", "какая", "какое",
          "какие", "какого", "его", "они", "он", "она", "мы", "вы", "где", "меня", "мне", "нет",
          "чего", "зачем", "сегодня", "вчера", "завтра", "очень", "ли", "чей", "чья", "чьё",
          "своего", "своё", "ведь", "разве", "кого", "ничего", "был", "была", "были", "с", "со");

  QuestionLanguage detect(String text) {
    if (text == null) return QuestionLanguage.ENGLISH;
    int cyrillic = 0;
    int latin = 0;
    int ukrainian = 0;
    int russian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (!Character.isLetter(c)) continue;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') ukrainian++;
        else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') russian++;
      } else {
        latin++;
      }
    }
    if (cyrillic == 0 || cyrillic < latin) return QuestionLanguage.ENGLISH;
    if (ukrainian != russian)
      return ukrainian > russian ? QuestionLanguage.UKRAINIAN : QuestionLanguage.RUSSIAN;
    return byWords(text);
  }

  /** Function words and endings that only one of the languages has. */
  private static QuestionLanguage byWords(String text) {
    int score = 0; // > 0 Ukrainian, < 0 Russian
    Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String w = words.group();
      if (UKRAINIAN_WORDS.contains(w)) score++;
      if (RUSSIAN_WORDS.contains(w)) score--;
      if (w.length() > 3) {
        // Russian infinitives and reflexives end in -ть/-ться, Ukrainian ones in -ти/-тися;
        // Russian adjectives in -ый/-ой/-ие/-ые.
        if (w.endsWith("ть") || w.endsWith("ться") || w.endsWith("ой") || w.endsWith("ие")) score--;
        // Ukrainian verbal nouns end in -ння (Russian -ние).
        if (w.endsWith("ти") || w.endsWith("тися") || w.endsWith("ння")) score++;
      }
    }
    return score > 0 ? QuestionLanguage.UKRAINIAN : QuestionLanguage.RUSSIAN;
  }
}
