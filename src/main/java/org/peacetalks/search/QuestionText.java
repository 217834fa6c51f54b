package org.peacetalks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * What the engine accepts as a question: control and formatting characters removed, whitespace
 * collapsed, bounded length; small talk ("hi", "thanks!", "ок") and text that looks like a bot
 * command are not searched.
 */
final class QuestionText {
  static final int MAX_LENGTH = 1000;
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\t\\n\\r]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "/start", "/ask@SomeBot": a command someone typed where a question was expected. */
  private static final Pattern COMMAND = Pattern.compile("^/[\\p{L}\\d_]+(@\\w+)?(\\s.*)?$");

  /**
   * A bot command typed without its slash, as the whole message ("start", "menu please"); "when did
   * it start?" is a question.
   */
  private static final Pattern COMMAND_WORD =
      Pattern.compile(
          "^(?:start|menu|commands|settings|старт|почати|меню|начать)(?: (?:please|pls|bot))?$");

  /** Everything but letters, digits, apostrophes and spaces, so that "Thanks!!" reads "thanks". */
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{Nd}'’ ]+");

  /** Greetings, thanks and acknowledgements in the bot's languages, one phrase a line. */
  private static final Set<String> SMALL_TALK = phrases("small-talk.txt");

  /** Snowball's English stop list: longer than the analyser's ("all", "very", "much"). */
  private static final CharArraySet ENGLISH_STOPS = snowballWords("english_stop.txt");

  private static final CharArraySet UKRAINIAN_STOPS =
      UkrainianMorfologikAnalyzer.getDefaultStopwords();
  private static final CharArraySet RUSSIAN_STOPS = RussianAnalyzer.getDefaultStopSet();

  private QuestionText() {}

  /** The cleaned question, or {@code null} when nothing is left of it. */
  static String clean(String raw) {
    if (raw == null) return null;
    String s = CONTROL.matcher(raw).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }

  /** Why a cleaned question is not searched, or {@code null} when it is. */
  static Answer.Reason problem(String cleaned) {
    if (cleaned == null) return Answer.Reason.EMPTY;
    if (cleaned.length() > MAX_LENGTH) return Answer.Reason.TOO_LONG;
    if (COMMAND.matcher(cleaned).matches()) return Answer.Reason.COMMAND;
    String words =
        SPACES
            .matcher(NOT_WORDS.matcher(cleaned.toLowerCase(Locale.ROOT)).replaceAll(" "))
            .replaceAll(" ")
            .strip();
    if (words.isEmpty()) return Answer.Reason.EMPTY;
    if (COMMAND_WORD.matcher(words).matches()) return Answer.Reason.COMMAND;
    if (isSmallTalk(words)) return Answer.Reason.SMALL_TALK;
    return null;
  }

  /**
   * Whether the words are small-talk phrases and nothing else but function words ("hi there
   * thanks", "thx, that's all", "ok and thank you for that"): at least one phrase, and not one word
   * that could carry a question's subject.
   */
  private static boolean isSmallTalk(String words) {
    String[] w = words.split(" ");
    boolean phrase = false;
    int i = 0;
    while (i < w.length) {
      int next = -1;
      // the longest phrase starting here (phrases are at most four words)
      for (int len = Math.min(4, w.length - i); len >= 1 && next < 0; len--) {
        if (SMALL_TALK.contains(String.join(" ", Arrays.copyOfRange(w, i, i + len))))
          next = i + len;
      }
      if (next >= 0) {
        phrase = true;
        i = next;
      } else if (isFunctionWord(w[i])) {
        i++;
      } else {
        return false;
      }
    }
    return phrase;
  }

  /**
   * A word of no subject in the bot's languages: a stop word of the analysers or of Snowball's
   * lists ("that's", "all", "це", "всё").
   */
  private static boolean isFunctionWord(String word) {
    String w = word.replace('’', '\'').replace('ё', 'е');
    return DomainAnalyzer.STOP_WORDS.contains(w)
        || ENGLISH_STOPS.contains(w)
        || UKRAINIAN_STOPS.contains(w)
        || RUSSIAN_STOPS.contains(w);
  }

  private static CharArraySet snowballWords(String resource) {
    try (InputStream in = SnowballFilter.class.getResourceAsStream(resource);
        Reader r = IOUtils.getDecodingReader(in, StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> phrases(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = QuestionText.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip().toLowerCase(Locale.ROOT);
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
