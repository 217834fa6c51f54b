package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as written, not rendered: blank lines separate blocks, soft-wrapped lines join, {@code
 * #} lines are headings (a level-1 heading is the title), list items stand alone. Inline markup
 * (emphasis, links, code) is reduced to its text.
 */
final class MarkdownArticleReader implements ArticleReader {
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");

  /** A footnote reference, "[^1]": the note itself is a line of its own, dropped as boilerplate. */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[\\w-]+](?!:)");

  @Override
  public RawArticle read(String text) throws UnreadableArticleException {
    FrontMatter front = FrontMatter.parse(text);
    List<Block> blocks = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : front.body().split("\\R")) {
      Matcher heading = HEADING.matcher(line);
      Matcher item = LIST_ITEM.matcher(line);
      if (line.isBlank()) {
        flush(pending, blocks);
      } else if (heading.matches()) {
        flush(pending, blocks);
        Block.Kind kind = heading.group(1).length() == 1 ? Block.Kind.TITLE : Block.Kind.HEADING;
        add(blocks, kind, heading.group(2));
      } else if (item.matches()) {
        flush(pending, blocks);
        add(blocks, Block.Kind.ITEM, item.group(1));
      } else {
        pending.append(' ').append(QUOTE.matcher(line).replaceFirst(""));
      }
    }
    flush(pending, blocks);
    return new RawArticle(front.title(), front.source(), front.url(), front.published(), blocks);
  }

  private static void flush(StringBuilder pending, List<Block> blocks) {
    add(blocks, Block.Kind.LINE, pending.toString());
    pending.setLength(0);
  }

  private static void add(List<Block> blocks, Block.Kind kind, String markdown) {
    String text = FOOTNOTE_MARK.matcher(markdown).replaceAll("");
    text = LINK.matcher(text).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("$2");
    text = Whitespace.collapse(text);
    if (!text.isEmpty()) blocks.add(new Block(kind, text));
  }
}
