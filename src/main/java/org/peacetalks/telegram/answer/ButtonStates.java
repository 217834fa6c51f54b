package org.peacetalks.telegram.answer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.peacetalks.search.Passage;
import org.peacetalks.wording.Texts;

/**
 * What the buttons under an answer refer to, kept server-side because callback_data holds at most
 * 64 bytes: the button carries only a short key. Bounded (oldest dropped first) and expiring, so an
 * old button finds nothing and gets a friendly answer. Thread-safe.
 */
public final class ButtonStates {
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  static final int KEY_LENGTH = 8;

  /**
   * An answered question: its text, the chat it was answered in (buttons work only there), and
   * every passage shown so far, by rank.
   */
  static final class Entry {
    final String question;
    final long chatId;
    final Instant created;

    /**
     * The first page repeats the question (it was tapped on a button, so the chat does not show
     * it).
     */
    final boolean showQuestion;

    /** The language the answer was framed in: its pages and context keep it. */
    final Texts texts;

    private final Map<Integer, Passage> shown = new TreeMap<>();

    Entry(
        String question, long chatId, Instant created, List<Passage> first, boolean showQuestion) {
      this(question, chatId, created, first, showQuestion, Texts.english());
    }

    Entry(
        String question,
        long chatId,
        Instant created,
        List<Passage> first,
        boolean showQuestion,
        Texts texts) {
      this.texts = texts;
      this.question = question;
      this.chatId = chatId;
      this.created = created;
      this.showQuestion = showQuestion;
      record(first);
    }

    synchronized int shownCount() {
      return shown.size();
    }

    /** Remembers passages as shown (again showing one changes nothing). */
    synchronized void record(List<Passage> page) {
      page.forEach(p -> shown.put(p.rank(), withoutText(p)));
    }

    /**
     * What a button needs of a passage: where it is (article, paragraph) and its heading. The text,
     * the bulk of an answer, is read again from the index when needed, so 20,000 kept answers stay
     * a few megabytes.
     */
    private static Passage withoutText(Passage p) {
      return new Passage(
          p.rank(),
          p.articleId(),
          p.title(),
          p.source(),
          p.url(),
          p.published(),
          p.paragraph(),
          p.section(),
          "",
          "",
          p.score(),
          List.of(),
          0);
    }

    synchronized Optional<Passage> byRank(int rank) {
      return Optional.ofNullable(shown.get(rank));
    }

    /** Every passage shown so far, by rank (without text). */
    synchronized List<Passage> shown() {
      return List.copyOf(shown.values());
    }
  }

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  private final Random random;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  ButtonStates(int capacity, Duration ttl, Clock clock, Random random) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Answers whose buttons still work: about a day of a busy bot's answers, a few megabytes (no
   * texts kept).
   */
  private static final int CAPACITY = 20_000;

  /**
   * Buttons work this long after the answer: a reader coming back the next day, or after a weekend,
   * still pages on.
   */
  private static final Duration TTL = Duration.ofHours(48);

  public static ButtonStates defaults(Clock clock) {
    return new ButtonStates(CAPACITY, TTL, clock, new SecureRandom());
  }

  /** Stores an entry and returns its key: {@value #KEY_LENGTH} letters and digits. */
  synchronized String put(String question, long chatId, List<Passage> first) {
    return put(question, chatId, first, false);
  }

  /** As {@link #put(String, long, List)}; {@code showQuestion} as in {@link Entry#showQuestion}. */
  synchronized String put(String question, long chatId, List<Passage> first, boolean showQuestion) {
    return put(question, chatId, first, showQuestion, Texts.english());
  }

  /** As {@link #put(String, long, List, boolean)}, remembering the answer's language. */
  synchronized String put(
      String question, long chatId, List<Passage> first, boolean showQuestion, Texts texts) {
    purgeExpired();
    String key;
    do {
      char[] k = new char[KEY_LENGTH];
      for (int i = 0; i < k.length; i++) k[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      key = new String(k);
    } while (entries.containsKey(key));
    entries.put(key, new Entry(question, chatId, clock.instant(), first, showQuestion, texts));
    while (entries.size() > capacity) {
      String eldest = entries.keySet().iterator().next();
      entries.remove(eldest);
    }
    return key;
  }

  /**
   * The entry for a key pressed in {@code chatId}: empty when it expired, was dropped, or was made
   * for another chat (a key copied into a forged callback must not show one chat's question in
   * another).
   */
  synchronized Optional<Entry> get(String key, long chatId) {
    return get(key).filter(e -> e.chatId == chatId);
  }

  /** The entry for a key, unless it expired or was dropped. */
  synchronized Optional<Entry> get(String key) {
    Entry e = entries.get(key);
    if (e == null) return Optional.empty();
    if (!clock.instant().isBefore(e.created.plus(ttl))) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(e);
  }

  synchronized int size() {
    return entries.size();
  }

  /** Drops expired entries (insertion order is age order). */
  synchronized void purgeExpired() {
    Instant now = clock.instant();
    for (var it = entries.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Entry> e = it.next();
      if (now.isBefore(e.getValue().created.plus(ttl))) break;
      it.remove();
    }
  }
}
