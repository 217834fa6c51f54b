package org.peacetalks.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.peacetalks.search.HtmlText;
import org.peacetalks.wording.Texts;

/**
 * Renders a {@link Digest} as a Telegram message (HTML parse mode) or as plain text for the command
 * line, its frame (heading, counts, dates) in the reader's language ({@link Texts}). All text from
 * articles is escaped; the HTML message never exceeds {@link #MAX_MESSAGE} characters: articles
 * that do not fit are counted in "and N more" instead.
 */
public final class DigestFormatter {
  /** Telegram's limit for a message text. */
  public static final int MAX_MESSAGE = 4096;

  /** Longer links are left out rather than crowd out articles. */
  private static final int MAX_URL = 512;

  /** Other outlets of one story named, before the rest are counted. */
  static final int MAX_OUTLETS = 5;

  private final ZoneId zone;

  /**
   * @param zone the bot's time zone, for the dates shown
   */
  public DigestFormatter(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone == null");
  }

  /** The Telegram message, HTML parse mode, at most {@link #MAX_MESSAGE} characters. */
  public String html(Digest digest) {
    return html(digest, Texts.english());
  }

  /** As {@link #html(Digest)}, in the reader's language. */
  public String html(Digest digest, Texts texts) {
    return render(digest, new Html(), MAX_MESSAGE, texts);
  }

  /** The same content as readable plain text (no length limit). */
  public String plainText(Digest digest) {
    return render(digest, new Plain(), Integer.MAX_VALUE, Texts.english());
  }

  private String render(Digest digest, Markup m, int limit, Texts t) {
    String since = t.date("format.since", digest.since(), zone);
    String title = m.bold(m.text(t.get("digest.title")));
    if (digest.isEmpty()) {
      return title + "\n" + m.text(t.get("digest.empty", "since", since));
    }
    int total = digest.total();
    StringBuilder out =
        new StringBuilder()
            .append(title)
            .append('\n')
            .append(m.text(t.get("digest.count", "count", total, "since", since)))
            .append('\n');
    int number = 0;
    int shown = 0; // articles, a story from several outlets counting each
    for (Digest.Item item : digest.items()) {
      String block = "\n" + item(number + 1, item, m, t) + "\n";
      // Room for this story and, should others follow, the longest possible "and N more" line.
      String footerIfCut = more(total - shown - 1, m, t);
      boolean last = shown + item.articles() == total;
      if (out.length() + block.length() + (last ? 0 : footerIfCut.length()) > limit) break;
      out.append(block);
      number++;
      shown += item.articles();
    }
    if (shown < total) out.append(more(total - shown, m, t));
    return out.toString().stripTrailing();
  }

  private String item(int number, Digest.Item item, Markup m, Texts t) {
    StringBuilder b = new StringBuilder();
    b.append(number).append(". ").append(m.bold(m.link(item.title(), item.url()))).append('\n');
    String when = date(item, t);
    if (item.source() != null) b.append(m.italic(item.source())).append(" · ");
    b.append(m.text(when)).append('\n');
    if (!item.alsoReportedBy().isEmpty())
      b.append(alsoReportedBy(item.alsoReportedBy(), m, t)).append('\n');
    if (!item.lead().isEmpty()) b.append(m.text(item.lead())).append('\n');
    b.append(t.get("digest.ask", "command", m.code("/ask " + item.askQuestion())));
    return b.toString();
  }

  /**
   * "Also reported by X, Y": the other outlets of one story, each linked to its article; past
   * {@link #MAX_OUTLETS}, the rest are counted, so that one story cannot crowd out the others.
   */
  private static String alsoReportedBy(List<Digest.Outlet> outlets, Markup m, Texts t) {
    StringBuilder names = new StringBuilder();
    int named = Math.min(outlets.size(), MAX_OUTLETS);
    for (int i = 0; i < named; i++) {
      if (i > 0) names.append(", ");
      names.append(m.link(outlets.get(i).name(), outlets.get(i).url()));
    }
    return t.get(
        "digest.alsoReportedBy", "outlets", names.toString(), "more", outlets.size() - named);
  }

  private String date(Digest.Item item, Texts t) {
    if (item.published() != null && item.published().length() >= 10) {
      try {
        return t.day(LocalDate.parse(item.published().substring(0, 10)));
      } catch (DateTimeParseException e) {
        return item.published(); // shown as the article wrote it
      }
    }
    return t.get("digest.added", "day", t.day(item.addedAt().atZone(zone).toLocalDate()));
  }

  private static String more(int n, Markup m, Texts t) {
    return n <= 0 ? "" : "\n" + m.text(t.get("digest.more", "count", n));
  }

  /** The few constructs a digest uses. */
  private interface Markup {
    String text(String s);

    String bold(String markedUp);

    String italic(String s);

    String code(String s);

    String link(String title, String url);
  }

  private static final class Html implements Markup {
    @Override
    public String text(String s) {
      return HtmlText.escape(s);
    }

    @Override
    public String bold(String markedUp) {
      return "<b>" + markedUp + "</b>";
    }

    @Override
    public String italic(String s) {
      return "<i>" + text(s) + "</i>";
    }

    @Override
    public String code(String s) {
      return "<code>" + text(s) + "</code>";
    }

    @Override
    public String link(String title, String url) {
      if (url == null
          || url.length() > MAX_URL
          || !(url.startsWith("https://") || url.startsWith("http://"))) {
        return text(title);
      }
      return "<a href=\"" + text(url).replace("\"", "&quot;") + "\">" + text(title) + "</a>";
    }
  }

  private static final class Plain implements Markup {
    @Override
    public String text(String s) {
      return s;
    }

    @Override
    public String bold(String markedUp) {
      return markedUp;
    }

    @Override
    public String italic(String s) {
      return s;
    }

    @Override
    public String code(String s) {
      return s;
    }

    @Override
    public String link(String title, String url) {
      return url == null ? title : title + " <" + url + ">";
    }
  }
}
