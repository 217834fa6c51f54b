package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * HTML pages: the main content only, with metadata from Open Graph tags, else the markup and the
 * page's schema.org description (JSON-LD). The story is found by evidence, as the well-known
 * extractors find it: prose is counted once for the whole page ({@link TextStats}), the container
 * with most of it is chosen, widgets are removed by what they hold (link-dense lists, runs of
 * cards, elements whose class names a widget and hold little prose), and the container is narrowed
 * to the story's own block before it is read block by block. See {@code
 * src/site/markdown/ingestion.md}.
 */
final class HtmlArticleReader implements ArticleReader {
  /** Elements that never hold article text. */
  private static final String FURNITURE =
      "script, style, template, svg, iframe, button, select, nav, footer, aside,"
          + " figure, figcaption, [role=dialog], [role=navigation], annotation, annotation-xml,"
          + " [role=contentinfo], [aria-hidden=true], [hidden],"
          // reference works: citation marks, edit links, maintenance banners, reference lists
          + " sup.reference, .mw-editsection, .ambox, .hatnote, .reflist, ol.references,"
          // a Word document saved as a web page: reviewers' comments and their [MK1] marks
          + " .MsoCommentReference, .msocomoff, .msocomtxt, [style*=mso-element:comment]";

  /**
   * A schema.org articleBody this long replaces markup holding less than this share of its length.
   */
  private static final int MIN_DESCRIBED_BODY = 400;

  private static final double DESCRIBED_BODY_SHARE = 0.4;

  /** Deeper than this, a page is not something people read: refused before any walk over it. */
  static final int MAX_DEPTH = 1_000;

  /**
   * "Headline | Site", "Headline :: Section :: Site" (RBC), "标题_栏目_网站" (Chinese portals, no
   * spaces).
   */
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile(
          "\\s+[|\\u2013\\u2014-]\\s+([^|\\u2013\\u2014]+)$|\\s+::\\s+([^:]+)$|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])_([^_]+)$");

  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, td";

  /**
   * Below this share of the page's text inside paragraph markup, text in plain divs is read too.
   */
  private static final double LOOSE_TEXT_SHARE = 0.5;

  private static final int MAX_BOLD_HEADING_CHARS = 120;
  private static final int MAX_BOLD_QUESTION_CHARS = 300;

  /** Longest cell text of a table of figures; a longer one is a layout table's column of story. */
  private static final int MAX_CELL_CHARS = 200;

  /** Elements that run within a line of text. */
  private static final String INLINE_TAGS =
      "a, abbr, b, bdi, bdo, cite, code, data, dfn, em, i, kbd, mark, q, s, samp, small, span, strong, sub, sup,"
          + " time, u, var, wbr, font";

  /** The selectors, parsed once: they are tested on every element of every page. */
  private static final Evaluator BLOCK = QueryParser.parse(BLOCKS);

  private static final Evaluator FURNITURE_ELEMENT = QueryParser.parse(FURNITURE);

  /**
   * The tags of {@link #FURNITURE}, and words its classes and style hold: an element with none is
   * no furniture.
   */
  private static final Set<String> FURNITURE_TAGS =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "iframe",
          "button",
          "select",
          "nav",
          "footer",
          "aside",
          "figure",
          "figcaption",
          "annotation",
          "annotation-xml");

  private static final List<String> FURNITURE_MARKS =
      List.of(
          "reference", "mw-editsection", "ambox", "hatnote", "reflist", "msocom", "mso-element");
  private static final Evaluator INLINE_ELEMENT = QueryParser.parse(INLINE_TAGS);
  private static final Evaluator CELL_BLOCK =
      QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, blockquote, div");
  private static final Evaluator SUB_ITEM = QueryParser.parse("li li");
  private static final Evaluator OWN_TEXT_BLOCK = QueryParser.parse("li, td, dd");

  /**
   * A {@code <br>} while text is read: a space, unless two in a row (whitespace between) end a
   * paragraph.
   */
  private static final char BREAK = '\u2028';

  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\u2028[\\s\u2028]*\u2028[\\s\u2028]*");

  @Override
  public RawArticle read(String html) throws UnreadableArticleException {
    Document doc = Jsoup.parse(html);
    checkDepth(doc);
    String pageTitle = Whitespace.collapse(doc.title());
    LinkedData described = LinkedData.of(doc);
    List<Element> metas =
        doc.getElementsByTag("meta"); // collected once: each lookup below would walk the page
    String source = meta(metas, "og:site_name");
    if (source == null) source = described.publisher();
    if (source == null) source = siteFromTitle(pageTitle);
    String url = meta(metas, "og:url");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      url = canonical == null ? described.url() : canonical.attr("href");
    }
    String published = meta(metas, "article:published_time");
    if (published == null) published = described.published();
    if (published == null) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) published = time.attr("datetime");
    }
    String title = meta(metas, "og:title");
    if (title == null) {
      Element h1 =
          doc.selectFirst(".MsoTitle, h1"); // Word's title style comes before its Heading 1s
      if (h1 != null) title = Whitespace.collapse(h1.text());
      else
        title = described.headline() != null ? described.headline() : stripSite(pageTitle, source);
    }

    List<Element> furniture = removeFurniture(doc); // scripts among it may hold the story as data
    Element root = StoryFinder.locate(doc);
    root.select("table").forEach(HtmlArticleReader::readDataTable);
    List<Block> blocks = readBlocks(root);
    if (described.articleBody() != null
        && described.articleBody().length() >= MIN_DESCRIBED_BODY
        && textLength(blocks) < DESCRIBED_BODY_SHARE * described.articleBody().length()) {
      // The markup holds little of the story the page itself describes (drawn by script, or behind
      // a
      // paywall's markup): its schema.org articleBody is the better text.
      blocks = describedBlocks(described.articleBody());
    } else if (described.articleBody() == null && textLength(blocks) < MIN_DESCRIBED_BODY) {
      // Little text in the markup and no articleBody: a page drawn by script may carry its story as
      // data
      String embedded = EmbeddedStory.of(furniture);
      if (embedded != null && textLength(blocks) < DESCRIBED_BODY_SHARE * embedded.length())
        blocks = embeddedBlocks(embedded);
    }
    return new RawArticle(
        emptyToNull(title), source, emptyToNull(url), emptyToNull(published), blocks);
  }

  /** A line of the densest element with this many words reads as a sentence of the story. */
  private static final int MIN_FALLBACK_SENTENCE_WORDS = 4;

  /**
   * The blocks of the densest text on the page, for a page whose chosen story came out empty: the
   * element holding the most prose, read without the widget and teaser rules.
   */
  RawArticle fallback(String html, RawArticle first) {
    Document doc = Jsoup.parse(html);
    removeFurniture(doc);
    Element densest = StoryFinder.densest(doc);
    List<Block> blocks = new ArrayList<>();
    for (Block b : readBlocks(densest)) {
      // every sentence-like line is a passage here: the page has nothing better to offer
      boolean sentence =
          TextShape.words(b.text()) >= MIN_FALLBACK_SENTENCE_WORDS && b.kind() == Block.Kind.LINE;
      blocks.add(sentence ? new Block(Block.Kind.ITEM, b.text()) : b);
    }
    return new RawArticle(first.title(), first.source(), first.url(), first.published(), blocks);
  }

  /**
   * Removes the {@link #FURNITURE}. The selector is tested only on elements that could match it (a
   * furniture tag, or an attribute it looks at): most elements of a page have neither, and the
   * selector's two dozen alternatives cost more than the walk.
   */
  private static List<Element> removeFurniture(Document doc) {
    List<Element> furniture = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || !mayBeFurniture(e) || !e.is(FURNITURE_ELEMENT))
              return FilterResult.CONTINUE;
            furniture.add(e);
            return FilterResult.SKIP_ENTIRELY; // gone with it
          }
        },
        doc.body());
    furniture.forEach(Element::remove);
    return furniture;
  }

  private static boolean mayBeFurniture(Element e) {
    if (FURNITURE_TAGS.contains(e.normalName())) return true;
    if (e.attributesSize() == 0) return false;
    if (e.hasAttr("role") || e.hasAttr("aria-hidden") || e.hasAttr("hidden")) return true;
    String marks = (e.attr("class") + " " + e.attr("style")).toLowerCase(Locale.ROOT);
    for (String word : FURNITURE_MARKS) if (marks.contains(word)) return true;
    return false;
  }

  private static int textLength(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  /** A story kept as data: its paragraphs as markup when it is HTML, else one per line. */
  private static List<Block> embeddedBlocks(String story) {
    if (story.indexOf('<') < 0) return describedBlocks(story);
    Document fragment = Jsoup.parseBodyFragment(story);
    removeFurniture(fragment);
    return readBlocks(fragment.body());
  }

  /** articleBody's paragraphs: one per line break, as the page wrote it. */
  private static List<Block> describedBlocks(String body) {
    List<Block> blocks = new ArrayList<>();
    for (String line : body.split("\\R")) {
      String collapsed =
          Whitespace.collapse(
              line.indexOf('<') >= 0 ? Jsoup.parse(line).text() : line); // some put markup in it
      if (!collapsed.isEmpty()) blocks.add(new Block(Block.Kind.LINE, collapsed));
    }
    return blocks;
  }

  private static List<Block> readBlocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    for (Element e : root.select(BLOCK)) {
      if (hasNestedBlock(e) && !e.is(OWN_TEXT_BLOCK)) continue; // a container: its children speak
      if (e.is(SUB_ITEM)) continue; // read with the item it is nested in
      addBlocks(blocks, kindOf(e), ownText(e));
    }
    int inBlocks = blocks.stream().mapToInt(b -> b.text().length()).sum();
    if (inBlocks < LOOSE_TEXT_SHARE * Whitespace.collapse(root.text()).length()) {
      // Most text outside paragraph markup: older sites and some CMSs put it straight into divs,
      // broken by <br>s. Read it all in document order instead.
      blocks.clear();
      looseBlocks(root, blocks);
    }
    return blocks;
  }

  /**
   * Refuses a page nested deeper than any page people read, before anything walks it recursively.
   */
  private static void checkDepth(Document doc) throws UnreadableArticleException {
    int[] deepest = {0};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (depth > deepest[0]) deepest[0] = depth;
        },
        doc);
    if (deepest[0] > MAX_DEPTH)
      throw new UnreadableArticleException(UnreadableReason.Kind.TOO_DEEP);
  }

  /**
   * A table of figures becomes a list with one item per row, each cell labelled with its column's
   * header ("European counterproposal (Nov. 23) — Peacetime cap on Ukraine's army: 800,000; Limit
   * on long-range missiles: None"), so a row can answer a question on its own. Tables used for
   * layout (cells holding paragraphs, or long text) are left to be read cell by cell.
   */
  private static void readDataTable(Element table) {
    if (table.parent() == null || !table.select("table table").isEmpty()) return;
    List<List<String>> rows = new ArrayList<>();
    List<String> headers = null;
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      boolean allHeaders = true;
      for (Element cell : tr.children()) {
        if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
        if (cell.selectFirst(CELL_BLOCK) != null) return;
        String text = Whitespace.collapse(cell.text());
        if (text.length() > MAX_CELL_CHARS) return;
        cells.add(text);
        // A header cell: th, bold, or the empty corner above the row labels
        allHeaders &=
            cell.is("th") || text.isEmpty() || tr.parent().is("thead") || isBoldOnly(cell);
      }
      if (cells.size() < 2) continue; // a note across the table ("Source: Ukrainian Air Force")
      if (allHeaders && headers == null && rows.isEmpty()) headers = cells;
      else rows.add(cells);
    }
    if (rows.size() < 2) return;
    Element list = new Element("ul");
    for (List<String> row : rows) list.appendElement("li").text(rowText(headers, row));
    table.replaceWith(list);
  }

  private static String rowText(List<String> headers, List<String> row) {
    StringBuilder sb = new StringBuilder(row.get(0));
    for (int i = 1; i < row.size(); i++) {
      if (row.get(i).codePoints().noneMatch(Character::isLetterOrDigit))
        continue; // empty, or a dash
      sb.append(i == 1 ? " — " : "; ");
      String header = headers != null && i < headers.size() ? headers.get(i) : "";
      if (!header.isEmpty()) sb.append(header).append(": ");
      sb.append(row.get(i));
    }
    return sb.toString();
  }

  /**
   * Text straight inside containers (div, section, span …), for pages that keep most of their text
   * outside paragraph elements: each container's own text is read as lines, one per {@code <br>},
   * as in a scraped text file; paragraph elements keep their own kind.
   */
  private static void looseBlocks(Element container, List<Block> out) {
    StringBuilder run = new StringBuilder();
    for (Node child : container.childNodes()) {
      if (child instanceof TextNode t) {
        run.append(t.getWholeText());
      } else if (child instanceof Element el) {
        if (isBreak(el)) {
          run.append(BREAK);
        } else if (el.is(BLOCK)) {
          addLines(out, run.toString());
          run.setLength(0);
          if (hasNestedBlock(el)) looseBlocks(el, out); // a quote or item made of paragraphs
          else addBlocks(out, kindOf(el), ownText(el));
        } else if (el.is(INLINE_ELEMENT)) {
          appendText(el, run);
        } else {
          addLines(out, run.toString());
          run.setLength(0);
          looseBlocks(el, out);
        }
      }
    }
    addLines(out, run.toString());
  }

  /**
   * Loose text: every {@code <br>} ends a line, as in a scraped text file — except inside a
   * sentence: text wrapped by hand ("… sed do eiusmod<br>
   * tempor incididunt …") goes on while a line has not ended its sentence and the next begins in
   * lower case.
   */
  private static void addLines(List<Block> out, String text) {
    String pending = null;
    for (String line : text.split(String.valueOf(BREAK))) {
      String collapsed = Whitespace.collapse(line);
      if (collapsed.isEmpty()) {
        if (pending != null) { // <br><br>: a paragraph ends whatever the case
          out.add(new Block(Block.Kind.LINE, pending));
          pending = null;
        }
        continue;
      }
      if (pending != null && continuesSentence(pending, collapsed)) {
        pending = pending + " " + collapsed;
      } else {
        if (pending != null) out.add(new Block(Block.Kind.LINE, pending));
        pending = collapsed;
      }
    }
    if (pending != null) out.add(new Block(Block.Kind.LINE, pending));
  }

  private static boolean continuesSentence(String line, String next) {
    return !TextShape.endsSentence(line)
        && !line.endsWith(":")
        && Character.isLowerCase(next.codePointAt(0));
  }

  /** One block per stretch of text between two line breaks in a row ({@code <br><br>}). */
  private static void addBlocks(List<Block> out, Block.Kind kind, String text) {
    for (String part : PARAGRAPH_BREAK.split(text)) {
      String collapsed = Whitespace.collapse(part.replace(BREAK, ' '));
      if (!collapsed.isEmpty()) out.add(new Block(kind, collapsed));
    }
  }

  private static Block.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "h1" -> Block.Kind.TITLE;
      case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "p" ->
          e.hasClass("MsoTitle")
              ? Block.Kind.TITLE
              : isBoldLine(e) ? Block.Kind.HEADING : Block.Kind.LINE;
      case "li", "dd" -> Block.Kind.ITEM;
      default -> Block.Kind.LINE;
    };
  }

  /**
   * {@code <p><strong>Could a ceasefire come first?</strong></p>}: a heading written as a bold
   * paragraph. An interviewer's question may run longer than a heading and still head the answer.
   */
  private static boolean isBoldLine(Element p) {
    if (!isBoldOnly(p)) return false;
    String all = Whitespace.collapse(p.text());
    return all.length() <= MAX_BOLD_HEADING_CHARS
        || all.length() <= MAX_BOLD_QUESTION_CHARS && isInterviewQuestion(p);
  }

  /** All the element's text is in one bold child. */
  private static boolean isBoldOnly(Element e) {
    if (e.childrenSize() != 1 || !e.child(0).nameIs("strong") && !e.child(0).nameIs("b"))
      return false;
    String all = Whitespace.collapse(e.text());
    return !all.isEmpty() && all.equals(Whitespace.collapse(e.child(0).text()));
  }

  /** A bold question with a plain answer under it, among other bold questions: an interview. */
  private static boolean isInterviewQuestion(Element p) {
    if (!p.text().strip().endsWith("?")) return false;
    Element answer = p.nextElementSibling();
    if (answer == null || !answer.is("p") || isBoldOnly(answer)) return false;
    for (Element other : p.parent().children()) {
      if (other != p && other.is("p") && isBoldOnly(other) && other.text().strip().endsWith("?"))
        return true;
    }
    return false;
  }

  private static boolean isBreak(Element e) {
    return e.normalName().equals("br");
  }

  /**
   * Whether a block element holds another (a quote made of paragraphs, an item with a sub-list).
   */
  private static boolean hasNestedBlock(Element e) {
    return e.select(BLOCK).size() > 1; // select counts the element itself
  }

  /** Text of an element without the text of nested block elements (read on their own). */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    appendText(e, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (child instanceof Element el) {
        if (isBreak(el)) {
          sb.append(BREAK);
        } else if (!el.is(BLOCK)) {
          appendText(el, sb);
        } else if (el.is(SUB_ITEM)) {
          sb.append(' '); // a sub-item continues its item's text
          appendText(el, sb);
        }
      }
    }
  }

  /**
   * The first {@code <meta property|name=… content=…>} of that name (as the selector would match
   * it).
   */
  private static String meta(List<Element> metas, String property) {
    for (Element m : metas) {
      if (m.hasAttr("content") && (named(m, "property", property) || named(m, "name", property))) {
        return emptyToNull(Whitespace.collapse(m.attr("content")));
      }
    }
    return null;
  }

  private static boolean named(Element meta, String key, String name) {
    return meta.hasAttr(key) && name.equalsIgnoreCase(meta.attr(key).trim());
  }

  private static String siteFromTitle(String pageTitle) {
    var m = TITLE_SUFFIX.matcher(pageTitle);
    if (!m.find()) return null;
    String site = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return emptyToNull(site.strip());
  }

  private static String stripSite(String pageTitle, String site) {
    if (site != null && pageTitle.endsWith(site)) {
      var m = TITLE_SUFFIX.matcher(pageTitle);
      if (m.find()) return pageTitle.substring(0, m.start()).strip();
    }
    return pageTitle;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
