package org.peacetalks.telegram.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.search.Answer;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.NewestFirst;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSource;
import org.peacetalks.search.Sentence;
import org.peacetalks.telegram.Html;
import org.peacetalks.wording.NoAnswerText;
import org.peacetalks.wording.Texts;

/**
 * Renders answers, context and lists as Telegram HTML, answer first: the sentence that answers, set
 * apart in a quote; the source a reader can judge (outlet, date, headline, link); the rest of that
 * paragraph, trimmed; then the next passages as one line each. The first message of an answer fits
 * one phone screen ({@link #SCREEN} visible characters).
 *
 * <p>The frame (source lines, headings, "nothing found", /start, /help) is in the reader's language
 * ({@link Texts}); passages stay as the articles wrote them. Every piece of article or user text is
 * escaped; only the engine's highlighted HTML (escaped, matches in {@code <b>}) goes in as it is,
 * and is only ever cut between tags and entities. Messages never exceed {@link #MAX_LENGTH}
 * characters. Stateless and thread-safe.
 */
public final class AnswerFormatter {
  /**
   * Telegram's limit on message text (one figure with the digest's); HTML is never shorter than the
   * text it parses to.
   */
  public static final int MAX_LENGTH = DigestFormatter.MAX_MESSAGE;

  /** What a first answer aims to stay within: about one phone screen of text. */
  static final int SCREEN = 700;

  private static final int MAX_QUESTION = 300;

  /** The quoted answering sentence(s), visible characters. */
  private static final int MAX_QUOTE = 300;

  /**
   * Below this, the answering sentence is joined by the next one (a short sentence rarely answers
   * alone).
   */
  private static final int SHORT_SENTENCE = 70;

  private static final int MAX_HEADLINE = 70;
  private static final int MAX_OUTLET = 40;

  /** One-line extracts of the further passages. */
  private static final int EXTRACT = 110;

  /** The least a quote or an extract is cut to when making room. */
  private static final int MIN_QUOTE = 160;

  private static final int MIN_EXTRACT = 60;

  /** Less room than this for the rest of the paragraph: leave it out. */
  private static final int MIN_CONTEXT = 60;

  /**
   * Questions the bundled articles answer well, in English: /start's buttons, and "nothing found".
   */
  public static final List<String> EXAMPLES = examples(Texts.english());

  /** How many example questions each language has ({@code example.0} …). */
  static final int EXAMPLE_COUNT = 3;

  /**
   * The example questions in the reader's language (Ukrainian and Russian ones are translated to
   * search).
   */
  public static List<String> examples(Texts texts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < EXAMPLE_COUNT; i++) out.add(texts.get("example." + i));
    return List.copyOf(out);
  }

  private final int maxLength;
  private final Clock clock;
  private final AddedDates added;

  public AnswerFormatter() {
    this(MAX_LENGTH, Clock.systemUTC(), AddedDates.NONE);
  }

  public AnswerFormatter(int maxLength) {
    this(maxLength, Clock.systemUTC(), AddedDates.NONE);
  }

  /**
   * @param added when articles without a date of their own entered the corpus
   */
  public AnswerFormatter(int maxLength, Clock clock, AddedDates added) {
    this.maxLength = maxLength;
    this.clock = clock;
    this.added = added;
  }

  Clock clock() {
    return clock;
  }

  /** Where a passage comes from. */
  PassageSource source(Passage p) {
    return PassageSource.of(p, added.addedAt(p.articleId()));
  }

  /** The passages of a page in the order shown: equally good ones newest first. */
  List<Passage> shownOrder(List<Passage> passages) {
    return NewestFirst.order(passages, p -> source(p).sortDay());
  }

  /** The first message of an answer: the best passage in full, the next ones as one line each. */
  String answer(Answer answer) {
    return answer(answer, false);
  }

  /** As {@link #answer(Answer)}; with {@code showQuestion}, the question above it. */
  String answer(Answer answer, boolean showQuestion) {
    return answer(answer, showQuestion, Texts.english());
  }

  /** As {@link #answer(Answer, boolean)}, the frame in the reader's language. */
  String answer(Answer answer, boolean showQuestion, Texts texts) {
    return firstPage(showQuestion ? answer.question() : null, shownOrder(answer.passages()), texts);
  }

  /** One passage as an inline result's message: the question, then the passage answer first. */
  String inlinePassage(String question, Passage p) {
    return inlinePassage(question, p, Texts.english());
  }

  String inlinePassage(String question, Passage p, Texts texts) {
    return firstPage(question, List.of(p), texts);
  }

  private String firstPage(String question, List<Passage> passages, Texts texts) {
    if (passages.isEmpty()) return "";
    String asked =
        question == null
            ? ""
            : "🔎 <i>" + Html.escapeWithin(question.strip(), MAX_QUESTION) + "</i>\n";
    Passage best = passages.get(0);
    String source = sourceLine(best, texts);
    // Within one screen: the quote and the extracts give way first to a fair minimum, then the
    // rest of the paragraph takes what is left, if that is enough to read.
    int quoteRoom = MAX_QUOTE;
    int extractRoom = EXTRACT;
    String quote;
    List<String> extracts;
    int used;
    while (true) {
      quote = quote(best, quoteRoom);
      extracts = new ArrayList<>();
      for (int i = 1; i < passages.size(); i++)
        extracts.add(extractLine(passages.get(i), extractRoom, texts));
      used = Html.visibleLength(asked + quote + source + String.join("\n", extracts)) + 2;
      if (used <= SCREEN || quoteRoom <= MIN_QUOTE && extractRoom <= MIN_EXTRACT) break;
      int over = used - SCREEN;
      if (quoteRoom > MIN_QUOTE) quoteRoom = Math.max(MIN_QUOTE, quoteRoom - over);
      else
        extractRoom =
            Math.max(MIN_EXTRACT, extractRoom - Math.max(1, over / Math.max(1, extracts.size())));
    }
    String rest = restOf(best, SCREEN - used);
    StringBuilder out = new StringBuilder(asked).append(quote).append(source);
    if (!rest.isEmpty()) out.append(rest).append('\n');
    if (!extracts.isEmpty()) out.append('\n').append(String.join("\n", extracts));
    return fit(out.toString().stripTrailing());
  }

  /** A further page ("More"): each passage's answering sentence and its source. */
  String page(String question, List<Passage> page, int from, int to) {
    return page(question, page, from, to, Texts.english());
  }

  String page(String question, List<Passage> page, int from, int to, Texts texts) {
    StringBuilder out = new StringBuilder();
    out.append(
            texts.get(
                "answer.pageHead",
                "from",
                from,
                "to",
                to,
                "question",
                Html.escapeWithin(question.strip(), MAX_QUESTION)))
        .append('\n');
    for (Passage p : shownOrder(page)) {
      out.append('\n').append(quote(p, MAX_QUOTE)).append(sourceLine(p, texts));
    }
    return fit(out.toString().stripTrailing());
  }

  /** The answering sentence, and the next one when it is short, in a quote. */
  private static String quote(Passage p, int room) {
    List<Sentence> sentences = p.sentences();
    String html;
    if (sentences.isEmpty()) {
      html = p.highlighted();
    } else {
      Sentence s = p.answerSentence();
      html = s.highlighted();
      int next = p.answer() + 1;
      if (s.text().length() < SHORT_SENTENCE && next < sentences.size()) {
        html = html + " " + sentences.get(next).highlighted();
      }
    }
    return "<blockquote>" + Html.cutHighlighted(html, room) + "</blockquote>";
  }

  /**
   * The rest of the passage's paragraph around the quoted sentence(s): what follows it, or what
   * leads up to it when it ends the paragraph; cut to {@code room} visible characters.
   */
  private static String restOf(Passage p, int room) {
    List<Sentence> sentences = p.sentences();
    if (sentences.size() < 2 || room < MIN_CONTEXT) return "";
    int first = p.answer();
    int last =
        first
            + (p.answerSentence().text().length() < SHORT_SENTENCE && first + 1 < sentences.size()
                ? 1
                : 0);
    List<String> parts = new ArrayList<>();
    String prefix = "";
    if (last + 1 < sentences.size()) {
      for (int i = last + 1; i < sentences.size(); i++) parts.add(sentences.get(i).highlighted());
      if (first > 0) prefix = "… ";
    } else if (first > 0) {
      for (int i = 0; i < first; i++) parts.add(sentences.get(i).highlighted());
    }
    if (parts.isEmpty()) return "";
    return prefix + Html.cutHighlighted(String.join(" ", parts), room - prefix.length());
  }

  /** "2. extract — Outlet, 3 Dec 2025", the outlet (or headline) linked when there is a link. */
  private String extractLine(Passage p, int room, Texts texts) {
    PassageSource src = source(p);
    StringBuilder line = new StringBuilder();
    line.append(p.rank())
        .append(". ")
        .append(Html.cutHighlighted(extractOf(p), room))
        .append(" — ");
    String name =
        src.outlet() != null
            ? Html.cut(src.outlet(), MAX_OUTLET)
            : "“" + Html.cut(src.headline(), 40) + "”";
    line.append(linked(name, src.url()));
    String date = dateLabel(src, texts);
    if (date != null) line.append(", ").append(Html.escape(date));
    return line.toString();
  }

  private static String extractOf(Passage p) {
    return p.sentences().isEmpty() ? p.highlighted() : p.answerSentence().highlighted();
  }

  /**
   * "— <a>Outlet</a> · 3 Dec 2025 · Headline": what a reader needs to judge a claim. Without an
   * outlet, the headline (linked) and the date the article was added.
   */
  private String sourceLine(Passage p, Texts texts) {
    PassageSource src = source(p);
    StringBuilder line = new StringBuilder("— ");
    String date = dateLabel(src, texts);
    if (src.outlet() != null) {
      line.append("<b>")
          .append(linked(Html.cut(src.outlet(), MAX_OUTLET), src.url()))
          .append("</b>");
      if (date != null) line.append(" · ").append(Html.escape(date));
      line.append(" · <i>")
          .append(Html.escape(Html.cut(src.headline(), MAX_HEADLINE)))
          .append("</i>");
    } else {
      line.append("<i>")
          .append(linked(Html.cut(src.headline(), MAX_HEADLINE), src.url()))
          .append("</i>");
      if (date != null) line.append(" · ").append(Html.escape(date));
    }
    return line.append('\n').toString();
  }

  /**
   * The date to show, in the reader's language: the article's own ("3 Dec 2025"), else when it was
   * added ("added 3 Dec", the year only when it is not this one), else {@code null}.
   */
  String dateLabel(PassageSource src, Texts texts) {
    if (src.published() != null) return texts.day(src.published());
    if (src.added() == null) return null;
    LocalDate day = src.added().atZone(ZoneOffset.UTC).toLocalDate();
    boolean thisYear = day.getYear() == LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
    return texts.get("answer.added", "day", thisYear ? texts.dayThisYear(day) : texts.day(day));
  }

  private static String linked(String plainText, String url) {
    String text = Html.escape(plainText);
    return url == null ? text : "<a href=\"" + Html.escape(url) + "\">" + text + "</a>";
  }

  /** No passages: the engine's reason and a few questions that work. */
  String noAnswer(Answer answer) {
    return noAnswer(answer, Texts.english());
  }

  /**
   * As {@link #noAnswer(Answer)}; an English question's reason and examples in the reader's
   * language.
   */
  String noAnswer(Answer answer, Texts texts) {
    String reason = NoAnswerText.of(answer, texts);
    // A Ukrainian or Russian question's reason is in its language and brings its own examples.
    if (NoAnswerText.bringsExamples(answer)) return Html.escapeWithin(reason, 1000);
    StringBuilder out =
        new StringBuilder(Html.escapeWithin(reason, 1000))
            .append("\n\n")
            .append(texts.get("answer.examplesIntro"))
            .append('\n');
    for (String q : examples(texts)) out.append("• ").append(Html.escape(q)).append('\n');
    return out.toString().stripTrailing();
  }

  /** The paragraphs around a passage, the passage itself marked, under its source. */
  String context(Passage passage, List<Paragraph> paragraphs) {
    return context(passage, paragraphs, Texts.english());
  }

  String context(Passage passage, List<Paragraph> paragraphs, Texts texts) {
    StringBuilder head = new StringBuilder();
    head.append(texts.get("answer.contextHead", "rank", passage.rank())).append('\n');
    head.append(sourceLine(passage, texts));
    int fixed = head.length() + paragraphs.size() * 24;
    int each = paragraphs.isEmpty() ? 0 : Math.max(0, (maxLength - fixed) / paragraphs.size());
    StringBuilder out = new StringBuilder(head);
    for (Paragraph p : paragraphs) {
      boolean hit = p.ordinal() == passage.paragraph();
      out.append('\n');
      out.append(hit ? "<b>¶ " + p.ordinal() + "</b> " : "¶ " + p.ordinal() + " ");
      out.append(Html.escapeWithin(p.text(), each)).append('\n');
    }
    return fit(out.toString().stripTrailing());
  }

  /** The indexed articles with their sources and links. */
  String sources(List<ArticleSummary> articles) {
    return sources(articles, false);
  }

  /**
   * The indexed articles with their sources and links; with {@code showIds}, each one's id too (for
   * admins).
   */
  String sources(List<ArticleSummary> articles, boolean showIds) {
    return sources(articles, showIds, Texts.english());
  }

  String sources(List<ArticleSummary> articles, boolean showIds, Texts texts) {
    if (articles.isEmpty()) return texts.get("sources.none");
    StringBuilder out =
        new StringBuilder(texts.get("sources.head", "count", articles.size())).append('\n');
    int n = 0;
    for (ArticleSummary a : articles) {
      PassageSource src = PassageSource.of(a, added.addedAt(a.id()));
      StringBuilder line = new StringBuilder("\n").append(++n).append(". ");
      String title =
          Html.cut(
              src.headline().isBlank() ? texts.get("sources.noHeadline") : src.headline(), 200);
      line.append(
          src.url() != null ? linked(title, src.url()) : "<b>" + Html.escape(title) + "</b>");
      List<String> parts = new ArrayList<>();
      if (src.outlet() != null) parts.add(Html.cut(src.outlet(), MAX_OUTLET));
      String date = dateLabel(src, texts);
      if (date != null) parts.add(date);
      parts.add(texts.get("sources.paragraphs", "count", a.paragraphs()));
      line.append("\n   <i>").append(Html.escape(String.join(" · ", parts))).append("</i>");
      if (showIds) line.append("\n   id: <code>").append(Html.escape(a.id())).append("</code>");
      String more = "\n\n" + texts.get("sources.more", "count", articles.size() - n + 1);
      if (out.length() + line.length() + more.length() > maxLength) {
        out.append(more);
        break;
      }
      out.append(line);
    }
    return out.toString();
  }

  /** /start: what the bot is and how to ask, in a few lines; the examples come as buttons. */
  public String start(String botUsername) {
    return start(botUsername, Texts.english());
  }

  public String start(String botUsername, Texts texts) {
    return texts.get("start.text", "bot", Html.escape(botUsername));
  }

  /**
   * /help: how to ask, then the commands grouped by who may use them; the bot admins' group only
   * for a bot admin.
   */
  public String help(
      String botUsername, List<String> everyone, List<String> chatAdmins, List<String> botAdmins) {
    return help(botUsername, everyone, chatAdmins, botAdmins, Texts.english());
  }

  public String help(
      String botUsername,
      List<String> everyone,
      List<String> chatAdmins,
      List<String> botAdmins,
      Texts texts) {
    StringBuilder out = new StringBuilder();
    out.append(texts.get("help.title"))
        .append('\n')
        .append(texts.get("help.howTo", "bot", Html.escape(botUsername)))
        .append('\n');
    section(out, texts.get("help.everyone"), everyone);
    section(out, texts.get("help.chatAdmins"), chatAdmins);
    if (!botAdmins.isEmpty()) section(out, texts.get("help.botAdmins"), botAdmins);
    return fit(out.toString().stripTrailing());
  }

  private static void section(StringBuilder out, String who, List<String> lines) {
    if (lines.isEmpty()) return;
    out.append("\n<b>").append(Html.escape(who)).append("</b>\n");
    for (String line : lines) out.append(Html.escape(line)).append('\n');
  }

  /** Said once when the bot is added to a group. */
  public static String groupWelcome(String botUsername) {
    return groupWelcome(botUsername, Texts.english());
  }

  public static String groupWelcome(String botUsername, Texts texts) {
    return texts.get("group.welcome", "bot", Html.escape(botUsername));
  }

  /** A sticker, voice message or photo without a caption. */
  public static String notUnderstood() {
    return notUnderstood(Texts.english());
  }

  public static String notUnderstood(Texts texts) {
    return texts.get("notUnderstood", "example", texts.get("example.0"));
  }

  static String slowDown(long seconds) {
    return slowDown(seconds, Texts.english());
  }

  static String slowDown(long seconds, Texts texts) {
    return texts.get("slowDown", "seconds", seconds);
  }

  /** Keeps the limit whatever happens: the plain text of the message, cut. Never expected. */
  private String fit(String html) {
    return html.length() <= maxLength ? html : Html.escapeWithin(Html.toPlain(html), maxLength);
  }
}
