package org.peacetalks.telegram;

import java.util.ArrayList;
import java.util.List;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.Answer;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.Passage;
import org.peacetalks.search.QuestionLanguage;

/**
 * Renders answers, context and lists as Telegram HTML. Every piece of article or user text is
 * escaped; only {@link Passage#highlighted()} (escaped by the engine, matches in {@code <b>})
 * goes in as it is. Messages never exceed {@link #MAX_LENGTH} characters: a passage that does
 * not fit is shortened as plain escaped text, so no cut ever falls inside a tag or entity.
 * Stateless and thread-safe.
 */
final class AnswerFormatter {
  /** Telegram's limit on message text; HTML is never shorter than the text it parses to. */
  static final int MAX_LENGTH = 4096;
  private static final int MAX_TITLE = 200;
  private static final int MAX_QUESTION = 300;
  /** Shortest shortened passage worth showing; with less room, fewer passages are shown. */
  private static final int MIN_BODY = 120;

  /** Questions the bundled articles answer well, shown in /help and with "nothing found". */
  static final List<String> EXAMPLES = List.of(
      "What does Russia demand?",
      "Who leads Ukraine's delegation?",
      "Did Russia capture Pokrovsk?",
      "What role does Europe want in the talks?");

  private final int maxLength;

  AnswerFormatter() {
    this(MAX_LENGTH);
  }

  AnswerFormatter(int maxLength) {
    this.maxLength = maxLength;
  }

  /** An answer with passages: question, then each passage with its title, source, date and paragraph. */
  String answer(Answer answer) {
    return passages(answer.question(), answer.passages(), null);
  }

  /** A further page of passages for "More results". */
  String morePage(String question, List<Passage> page, int from, int to) {
    return passages(question, page, "Results " + from + "–" + to);
  }

  private String passages(String question, List<Passage> list, String heading) {
    List<Passage> shown = new ArrayList<>(list);
    while (true) {
      String text = render(question, shown, heading);
      if (text != null && text.length() <= maxLength) return text;
      if (shown.size() <= 1) return text == null ? hardCut(renderAnyway(question, shown, heading)) : hardCut(text);
      shown.remove(shown.size() - 1);
    }
  }

  private String renderAnyway(String question, List<Passage> list, String heading) {
    String text = render(question, list, heading, 0);
    return text == null ? "" : text;
  }

  /** The message, or {@code null} when a passage would be left with less than a readable snippet. */
  private String render(String question, List<Passage> list, String heading) {
    return render(question, list, heading, MIN_BODY);
  }

  private String render(String question, List<Passage> list, String heading, int minBody) {
    StringBuilder head = new StringBuilder();
    if (heading != null) head.append("<i>").append(Html.escape(heading)).append("</i>\n");
    head.append("🔎 <b>").append(Html.escapeWithin(question.strip(), MAX_QUESTION)).append("</b>\n");
    List<String> metas = new ArrayList<>();
    int fixed = head.length();
    for (Passage p : list) {
      String meta = meta(p);
      metas.add(meta);
      fixed += meta.length() + 2; // blank line before, newline after the body
    }
    int budget = maxLength - fixed;
    // Bodies share what is left; short ones give their unused share to the longer ones.
    int[] room = share(list, budget);
    StringBuilder out = new StringBuilder(head);
    for (int i = 0; i < list.size(); i++) {
      if (room[i] < Math.min(minBody, list.get(i).highlighted().length())) return null;
    }
    for (int i = 0; i < list.size(); i++) {
      Passage p = list.get(i);
      out.append('\n').append(metas.get(i));
      out.append(p.highlighted().length() <= room[i] ? p.highlighted() : Html.escapeWithin(p.text(), room[i]));
      out.append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static int[] share(List<Passage> list, int budget) {
    int n = list.size();
    int[] room = new int[n];
    if (n == 0) return room;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> list.get(i).highlighted().length()));
    int left = Math.max(0, budget);
    for (int k = 0; k < n; k++) {
      int i = order[k];
      int fair = left / (n - k);
      int want = list.get(i).highlighted().length();
      room[i] = Math.max(0, Math.min(want, fair));
      left -= room[i];
    }
    return room;
  }

  private static String meta(Passage p) {
    StringBuilder m = new StringBuilder();
    m.append("<b>").append(p.rank()).append(". ").append(Html.escapeWithin(p.title(), MAX_TITLE)).append("</b>\n");
    List<String> parts = new ArrayList<>();
    parts.add(p.source() != null && !p.source().isBlank() ? p.source() : p.articleId());
    if (p.published() != null && !p.published().isBlank()) parts.add(day(p.published()));
    parts.add("paragraph " + p.paragraph());
    if (p.section() != null && !p.section().isBlank()) parts.add(p.section());
    m.append("<i>").append(Html.escapeWithin(String.join(" · ", parts), MAX_TITLE)).append("</i>");
    if (isWebLink(p.url())) m.append(" · <a href=\"").append(Html.escape(p.url())).append("\">link</a>");
    m.append('\n');
    return m.toString();
  }

  /** No passages: the engine's reason and a few questions that work. */
  String noAnswer(Answer answer) {
    String reason = answer.message() != null && !answer.message().isBlank()
        ? answer.message()
        : "I found nothing in the articles about that.";
    // A Ukrainian or Russian question's reason is in its language and brings its own examples.
    if (answer.language() != QuestionLanguage.ENGLISH) return Html.escapeWithin(reason, 1000);
    StringBuilder out = new StringBuilder(Html.escapeWithin(reason, 1000)).append("\n\nYou could ask, for example:\n");
    for (String q : EXAMPLES) out.append("• ").append(Html.escape(q)).append('\n');
    return out.toString().stripTrailing();
  }

  /** The paragraphs around a passage, the passage itself marked. */
  String context(Passage passage, List<Paragraph> paragraphs) {
    StringBuilder head = new StringBuilder();
    head.append("📄 <b>").append(Html.escapeWithin(passage.title(), MAX_TITLE)).append("</b>\n");
    String source = passage.source() != null ? passage.source() : passage.articleId();
    head.append("<i>").append(Html.escapeWithin(source, MAX_TITLE)).append("</i>");
    if (isWebLink(passage.url())) head.append(" · <a href=\"").append(Html.escape(passage.url())).append("\">link</a>");
    head.append('\n');
    int fixed = head.length() + paragraphs.size() * 24;
    int each = paragraphs.isEmpty() ? 0 : Math.max(0, (maxLength - fixed) / paragraphs.size());
    StringBuilder out = new StringBuilder(head);
    for (Paragraph p : paragraphs) {
      boolean hit = p.ordinal() == passage.paragraph();
      out.append('\n');
      out.append(hit ? "<b>¶ " + p.ordinal() + "</b> " : "¶ " + p.ordinal() + " ");
      out.append(Html.escapeWithin(p.text(), each)).append('\n');
    }
    String text = out.toString().stripTrailing();
    return text.length() <= maxLength ? text : hardCut(text);
  }

  /** A passage on its own, as an inline result's message. */
  String inlinePassage(String question, Passage p) {
    return passages(question, List.of(p), null);
  }

  /** The indexed articles with their sources and links. */
  String sources(List<ArticleSummary> articles) {
    return sources(articles, false);
  }

  /** The indexed articles with their sources and links; with {@code showIds}, each one's id too (for admins). */
  String sources(List<ArticleSummary> articles, boolean showIds) {
    if (articles.isEmpty()) return "No articles are indexed yet.";
    StringBuilder out = new StringBuilder("📚 <b>Indexed articles (" + articles.size() + ")</b>\n");
    int n = 0;
    for (ArticleSummary a : articles) {
      StringBuilder line = new StringBuilder("\n").append(++n).append(". ");
      String title = Html.escapeWithin(a.title() == null ? a.id() : a.title(), MAX_TITLE);
      if (isWebLink(a.url())) line.append("<a href=\"").append(Html.escape(a.url())).append("\">").append(title).append("</a>");
      else line.append("<b>").append(title).append("</b>");
      List<String> parts = new ArrayList<>();
      parts.add(a.source() != null && !a.source().isBlank() ? a.source() : a.id());
      if (a.published() != null && !a.published().isBlank()) parts.add(day(a.published()));
      parts.add(a.paragraphs() + " paragraphs");
      line.append("\n   <i>").append(Html.escapeWithin(String.join(" · ", parts), MAX_TITLE)).append("</i>");
      if (showIds) line.append("\n   id: <code>").append(Html.escape(a.id())).append("</code>");
      String more = "\n\n… and " + (articles.size() - n + 1) + " more.";
      if (out.length() + line.length() + more.length() > maxLength) {
        out.append(more);
        break;
      }
      out.append(line);
    }
    return out.toString();
  }

  /** /start and /help. */
  /** The /help text; {@code adminLines} (empty for everyone else) are shown to a bot admin. */
  String help(String botUsername, List<String> commandLines, List<String> adminLines) {
    StringBuilder out = new StringBuilder();
    out.append("🕊 <b>Peace Talks Bot</b>\n");
    out.append("I answer questions about the Russia–Ukraine peace talks with the best-matching passages of")
        .append(" news articles, and say where each one comes from.\n\n");
    out.append("<b>Ask me, for example:</b>\n");
    for (String q : EXAMPLES) out.append("• ").append(Html.escape(q)).append('\n');
    out.append("\n<b>Commands</b>\n");
    for (String line : commandLines) out.append(Html.escape(line)).append('\n');
    if (!adminLines.isEmpty()) {
      out.append("\n<b>Admin commands</b> (you are one of this bot's admins)\n");
      for (String line : adminLines) out.append(Html.escape(line)).append('\n');
    }
    out.append("\nIn a private chat, just write your question. In groups use /ask QUESTION, or reply to one")
        .append(" of my answers. In any chat you can type @").append(Html.escape(botUsername))
        .append(" and a question.");
    return out.toString();
  }

  static String slowDown(long seconds) {
    return "You're asking faster than I can keep up 🙂 Please wait about " + seconds
        + " seconds, then ask again.";
  }

  private static String day(String published) {
    // ISO dates and timestamps show as the day; anything else as given, shortened.
    return published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published.substring(0, 10) : Html.cut(published, 40);
  }

  private static boolean isWebLink(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() < 2000;
  }

  /** Last resort, never expected: the plain text of the message, cut. Keeps the limit whatever happens. */
  private String hardCut(String html) {
    return Html.escapeWithin(Html.toPlain(html), maxLength);
  }
}
