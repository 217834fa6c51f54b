package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * HTML pages: the main content only, with metadata from Open Graph tags, else the markup and the
 * page's schema.org description (JSON-LD). Page furniture (navigation, header, footer, asides, forms,
 * figures and their captions, cookie banners, share and comment widgets) is removed before the
 * text is read; the article element (or main, or body) is then walked block by block.
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
   * Elements that usually hold no story but on some sites wrap it: ASP.NET puts the whole page in
   * one form, some themes put the story's first paragraphs in a header or a noscript. Removed
   * only when they hold little of the page's prose.
   */
  private static final String WRAPPER_FURNITURE = "header, form, noscript, [role=banner]";
  /** Class or id words that mark widgets rather than content: a hint, weighed against the text inside. */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|sharing|social|related|read-?more|"
          + "newsletter|subscribe|comments?|byline|author|promo|advert|ads?|sponsor|caption|"
          + "breadcrumbs?|tags|widget|sidebar|popup|modal|meta|footer)([\\s_-]|$)");
  /**
   * Of those words, the ones that name what is never the story (comment threads, cookie and
   * newsletter boxes, ads): such an element goes unless it holds most of the page's prose. Any other
   * widget word ("share", "sidebar", "widget", "read-more", "author") goes only when the element
   * holds little prose of its own or is mostly links: the story's own container often carries one.
   */
  private static final Pattern STRONG_WIDGET = Pattern.compile(
      "(?i)(^|[\\s_-])(cookie|consent|gdpr|newsletter|subscribe|comments?|related|promo|advert|sponsor|"
          + "breadcrumbs?|popup|modal|footer)([\\s_-]|$)");
  /** A widget-marked element holding at least this share of the page's prose is the story's wrapper. */
  private static final double WRAPPER_PROSE_SHARE = 0.5;
  /** A comment thread or the like is the story only when it is practically all of the page's prose. */
  private static final double STRONG_WRAPPER_PROSE_SHARE = 0.9;
  /** A weakly widget-marked element with this much prose of its own and few links is part of the story. */
  private static final int STORY_SECTION_PROSE = 300;
  private static final double STORY_SECTION_LINK_SHARE = 0.25;
  /** … or with this share of the page's prose, however short the page. */
  private static final double STORY_SECTION_SHARE = 0.2;
  /** Walking down to the story's own block: a child must hold this share of its parent's prose. */
  private static final double NARROW_SHARE = 0.6;
  /** A sibling of the story's block with this share of its prose is part of the story. */
  private static final double SIBLING_SHARE = 0.2;
  /** A schema.org articleBody this long replaces markup holding less than this share of its length. */
  private static final int MIN_DESCRIBED_BODY = 400;
  private static final double DESCRIBED_BODY_SHARE = 0.4;
  /** Deeper than this, a page is not something people read: refused before any walk over it. */
  static final int MAX_DEPTH = 1_000;
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\u2013\\u2014-]\\s+([^|\\u2013\\u2014]+)$");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, td";
  /** Below this share of the page's text inside paragraph markup, text in plain divs is read too. */
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
  private static final Evaluator INLINE_ELEMENT = QueryParser.parse(INLINE_TAGS);
  private static final Evaluator SUB_ITEM = QueryParser.parse("li li");
  private static final Evaluator OWN_TEXT_BLOCK = QueryParser.parse("li, td, dd");
  /** Elements that are the story's text itself rather than a container of it. */
  private static final Evaluator CONTENT_ELEMENT =
      QueryParser.parse("p, ul, ol, dl, li, table, tbody, tr, td, blockquote, pre, h1, h2, h3, h4, h5, h6");
  private static final Evaluator WRAPPER_FURNITURE_ELEMENT = QueryParser.parse(WRAPPER_FURNITURE);
  /** At least this many alike siblings make a run of cards, and this share of them must look like one. */
  private static final int MIN_CARDS = 5;
  private static final int MANY_CARDS = 12;
  private static final double CARD_SHARE = 0.8;
  private static final int MAX_CARD_CHARS = 700;
  /** "3/50" or "3 of 50" opening a gallery slide's caption. */
  private static final Pattern SLIDE_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s?(/|of)\\s?\\d{1,3}\\b");
  /** A {@code <br>} while text is read: a space, unless two in a row (whitespace between) end a paragraph. */
  private static final char BREAK = '\u2028';
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\u2028[\\s\u2028]*\u2028[\\s\u2028]*");

  @Override
  public RawArticle read(String html) throws UnreadableArticleException {
    Document doc = Jsoup.parse(html);
    checkDepth(doc);
    String pageTitle = Whitespace.collapse(doc.title());
    LinkedData described = LinkedData.of(doc);
    String source = meta(doc, "og:site_name");
    if (source == null) source = described.publisher();
    if (source == null) source = siteFromTitle(pageTitle);
    String url = meta(doc, "og:url");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      url = canonical == null ? described.url() : canonical.attr("href");
    }
    String published = meta(doc, "article:published_time");
    if (published == null) published = described.published();
    if (published == null) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) published = time.attr("datetime");
    }
    String title = meta(doc, "og:title");
    if (title == null) {
      Element h1 = doc.selectFirst(".MsoTitle, h1"); // Word's title style comes before its Heading 1s
      if (h1 != null) title = Whitespace.collapse(h1.text());
      else title = described.headline() != null ? described.headline() : stripSite(pageTitle, source);
    }

    doc.body().select(FURNITURE_ELEMENT).remove();
    TextStats stats = TextStats.of(doc.body(), HtmlArticleReader::isParagraph);
    Element root = mainContent(doc, stats);
    if (published == null) {
      Element time = root.selectFirst("time[datetime]");
      if (time != null) published = time.attr("datetime");
    }
    removeWidgets(root, stats);
    removeLinkLists(root, stats);
    removeCardRuns(root, stats);
    root = narrow(root, TextStats.of(root, HtmlArticleReader::isParagraph)); // counted again without the widgets
    root.select("table").forEach(HtmlArticleReader::readDataTable);
    List<Block> blocks = readBlocks(root);
    if (described.articleBody() != null && described.articleBody().length() >= MIN_DESCRIBED_BODY
        && textLength(blocks) < DESCRIBED_BODY_SHARE * described.articleBody().length()) {
      // The markup holds little of the story the page itself describes (drawn by script, or behind a
      // paywall's markup): its schema.org articleBody is the better text.
      blocks = describedBlocks(described.articleBody());
    }
    return new RawArticle(emptyToNull(title), source, emptyToNull(url), emptyToNull(published), blocks);
  }

  /**
   * The blocks of the densest text on the page, for a page whose chosen story came out empty: the
   * element holding the most prose, read without the widget and teaser rules.
   */
  RawArticle fallback(String html, RawArticle first) {
    Document doc = Jsoup.parse(html);
    doc.body().select(FURNITURE_ELEMENT).remove();
    doc.body().select(WRAPPER_FURNITURE).forEach(e -> {
      if (e.select("p").isEmpty()) e.remove();
    });
    TextStats stats = TextStats.of(doc.body(), HtmlArticleReader::isParagraph);
    Element densest = doc.body();
    for (Element e : doc.body().getAllElements()) {
      // the deepest element that still holds most of the page's prose
      if (stats.prose(e) >= 0.6 * stats.prose(doc.body()) && stats.prose(e) > 0) densest = e;
    }
    List<Block> blocks = new ArrayList<>();
    for (Block b : readBlocks(densest)) {
      // every sentence-like line is a passage here: the page has nothing better to offer
      boolean sentence = TextShape.words(b.text()) >= 4 && b.kind() == Block.Kind.LINE;
      blocks.add(sentence ? new Block(Block.Kind.ITEM, b.text()) : b);
    }
    return new RawArticle(first.title(), first.source(), first.url(), first.published(), blocks);
  }

  private static int textLength(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  /** articleBody's paragraphs: one per line break, as the page wrote it. */
  private static List<Block> describedBlocks(String body) {
    List<Block> blocks = new ArrayList<>();
    for (String line : body.split("\\R")) {
      String collapsed = Whitespace.collapse(line.indexOf('<') >= 0 ? Jsoup.parse(line).text() : line); // some put markup in it
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

  /** Refuses a page nested deeper than any page people read, before anything walks it recursively. */
  private static void checkDepth(Document doc) throws UnreadableArticleException {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (depth > deepest[0]) deepest[0] = depth;
    }, doc);
    if (deepest[0] > MAX_DEPTH) throw new UnreadableArticleException("too deeply nested to read");
  }

  /** Elements read as one paragraph when the page's prose is counted. */
  private static boolean isParagraph(Element e) {
    return switch (e.normalName()) {
      case "p", "li", "dd", "td", "blockquote", "pre" -> true;
      case "div", "section", "article", "main", "span", "font", "center" -> hasOwnText(e);
      default -> false;
    };
  }

  private static boolean hasOwnText(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && !t.isBlank()) return true;
    }
    return false;
  }

  /**
   * The element holding the story, chosen by where the prose is: of the page's article elements
   * (and the element schema.org marks as the article body) the one with the most prose — a
   * "trending" teaser may come first — unless more prose sits outside all of them, as on sites that
   * mark up only their teaser cards as articles; else main, when it holds most of the page's prose
   * (an empty or tiny main is no story); else the body.
   */
  private static Element mainContent(Document doc, TextStats stats) {
    Element body = doc.body();
    int all = stats.prose(body);
    Element best = null;
    for (Element candidate : body.select("article, [itemprop=articleBody]")) {
      if (best == null || stats.prose(candidate) > stats.prose(best)) best = candidate;
    }
    if (best != null && stats.prose(best) > 0) {
      int inArticles = 0;
      for (Element article : body.select("article")) {
        if (article.parents().stream().noneMatch(up -> up.is("article"))) inArticles += stats.prose(article);
      }
      Element container = best.closest("article");
      // Readers' comments, cookie boxes and the like outside the articles do not count against them
      int outside = all - Math.max(inArticles, stats.prose(container == null ? best : container))
          - strongWidgetProseOutsideArticles(body, stats);
      if (stats.prose(best) >= outside) return best;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && stats.prose(main) >= 0.5 * all && stats.prose(main) > 0) return main;
    return body;
  }

  /**
   * Within the chosen element, the story's own block: walking down while one child holds most of
   * the prose (a timeline of teasers or a readers' forum beside the story holds the rest), then
   * keeping, beside that block, only siblings that read as part of the story (prose with few links,
   * headings) — the intro some sites set apart from the body.
   */
  private static Element narrow(Element root, TextStats stats) {
    Element node = root;
    while (true) {
      Element best = null;
      for (Element child : node.children()) {
        if (best == null || stats.prose(child) > stats.prose(best)) best = child;
      }
      if (best == null || stats.prose(best) < NARROW_SHARE * stats.prose(node) || stats.prose(best) == 0
          || best.is(CONTENT_ELEMENT)) {
        break; // the node's children are the story's paragraphs, lists and tables themselves
      }
      for (Element sibling : new ArrayList<>(node.children())) {
        if (sibling != best && !isStoryBeside(sibling, stats.prose(best), stats)) sibling.remove();
      }
      node = best;
    }
    return root;
  }

  /**
   * Beside the story's block: a heading, a large part of the story, a paragraph, list or table of
   * its own, or a container with a short stretch of prose (an intro) — not a box of links, a
   * widget, nor a container of many paragraphs of other stories.
   */
  private static boolean isStoryBeside(Element sibling, int storyProse, TextStats stats) {
    if (stats.chars(sibling) == 0 || sibling.is("h1, h2, h3, h4, h5, h6")) return true;
    int prose = stats.prose(sibling);
    if (prose >= SIBLING_SHARE * storyProse) return true;
    if (stats.linkShare(sibling) >= STORY_SECTION_LINK_SHARE || isWidget(sibling)) return false;
    return sibling.is(CONTENT_ELEMENT) || stats.paragraphs(sibling) <= 3;
  }

  private static int strongWidgetProseOutsideArticles(Element body, TextStats stats) {
    int prose = 0;
    for (Element e : body.getAllElements()) {
      if (stats.prose(e) == 0 || !isWidget(e) || !isStrongWidget(e)) continue;
      boolean counted = false;
      for (Element up = e.parent(); up != null && !counted; up = up.parent()) {
        counted = up.is("article") || isWidget(up) && isStrongWidget(up);
      }
      if (!counted) prose += stats.prose(e);
    }
    return prose;
  }

  /**
   * Removes elements whose class or id names a widget, weighing what they hold: an element with
   * most of the page's prose is the story's wrapper whatever its name ("panel-two-col-sidebar",
   * "elementor-widget"), and one with a good deal of prose and few links is a part of the story
   * ("entry-content no-share", "read-more-content") unless its name says comments, cookies or ads.
   * Wrapper furniture (a page-wide form, a header, a noscript) goes unless it holds the story.
   */
  private static void removeWidgets(Element root, TextStats stats) {
    int all = Math.max(1, stats.prose(root));
    for (Element e : new ArrayList<>(root.getAllElements())) {
      if (e == root || e.parent() == null) continue;
      boolean wrapper = e.is(WRAPPER_FURNITURE_ELEMENT);
      if (!wrapper && !isWidget(e)) continue;
      int prose = stats.prose(e);
      if (prose >= (isStrongWidget(e) && !wrapper ? STRONG_WRAPPER_PROSE_SHARE : WRAPPER_PROSE_SHARE) * all) continue;
      // a share of a short page's prose counts for a widget name only with more than one paragraph
      boolean large = prose >= STORY_SECTION_PROSE
          || prose >= STORY_SECTION_SHARE * all && (wrapper || stats.paragraphs(e) > 1);
      boolean storySection = large && stats.linkShare(e) < STORY_SECTION_LINK_SHARE;
      if (storySection && (wrapper || !isStrongWidget(e))) continue;
      e.remove();
    }
  }

  /**
   * Removes lists that are mostly links ("More on this story", "Related coverage" teasers, tag and
   * topic lists) and the heading that announces one, wherever they sit: a related block in the
   * middle of a story must not end it.
   */
  private static void removeLinkLists(Element root, TextStats stats) {
    for (Element list : root.select("ul, ol")) {
      if (list.parent() == null || stats.linkShare(list) < 0.7) continue;
      Element before = list.previousElementSibling();
      if (before != null && Boilerplate.endsArticle(Whitespace.collapse(before.text()))) before.remove();
      list.remove();
    }
    // A paragraph that is nothing but a link is a teaser, and a small box of such teasers (a
    // "Related" label and a headline) goes whole, label included, so it does not end the story.
    for (Element box : root.select("p, section, div")) {
      if (box == root || box.parent() == null) continue;
      int length = stats.chars(box);
      boolean teaser = box.is("p") ? stats.linkShare(box) >= 0.9 : length < 400 && stats.linkShare(box) >= 0.5;
      if (teaser) box.remove();
    }
  }

  /**
   * Removes runs of repeated cards — a photo gallery's slides with their captions, a grid of
   * teasers — by what they are, not by their size: many siblings of the same tag and class, each a
   * short piece that opens with a heading or an image, or a numbered slide ("3/50"). A story's
   * sections are not shaped like that: they are few, or long, or have no heading of their own.
   */
  private static void removeCardRuns(Element root, TextStats stats) {
    for (Element parent : new ArrayList<>(root.getAllElements())) {
      if (parent.parent() == null || parent.childrenSize() < MIN_CARDS) continue;
      java.util.Map<String, List<Element>> alike = new java.util.HashMap<>();
      for (Element child : parent.children()) {
        alike.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
      }
      for (List<Element> run : alike.values()) {
        if (run.size() < MIN_CARDS) continue;
        int cards = 0;
        for (Element child : run) if (isCard(child, stats)) cards++;
        if (cards >= CARD_SHARE * run.size() && stats.prose(parent) < WRAPPER_PROSE_SHARE * Math.max(1, stats.prose(root))
            || cards >= CARD_SHARE * run.size() && run.size() >= MANY_CARDS) {
          run.forEach(Element::remove);
        }
      }
    }
  }

  /** A card: short, with its own heading, image or slide number and at most a caption of text. */
  private static boolean isCard(Element e, TextStats stats) {
    if (!e.is("li, div, article, section, figure")) return false;
    int chars = stats.chars(e);
    if (chars == 0 || chars > MAX_CARD_CHARS || stats.paragraphs(e) > 2) return false;
    String text = e.text();
    return SLIDE_NUMBER.matcher(text).lookingAt() || !e.select("h1, h2, h3, h4, h5, h6, img, picture").isEmpty();
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
        if (!cell.is("td, th")) continue;
        if (cell.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, div").size() > 0) return;
        String text = Whitespace.collapse(cell.text());
        if (text.length() > MAX_CELL_CHARS) return;
        cells.add(text);
        // A header cell: th, bold, or the empty corner above the row labels
        allHeaders &= cell.is("th") || text.isEmpty() || tr.parent().is("thead") || isBoldOnly(cell);
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
      if (row.get(i).codePoints().noneMatch(Character::isLetterOrDigit)) continue; // empty, or a dash
      sb.append(i == 1 ? " — " : "; ");
      String header = headers != null && i < headers.size() ? headers.get(i) : "";
      if (!header.isEmpty()) sb.append(header).append(": ");
      sb.append(row.get(i));
    }
    return sb.toString();
  }

  /** The share of an element's text that sits in links. */
  private static double linkShare(Element e) {
    int all = e.text().length();
    if (all == 0) return 0;
    int linked = 0;
    for (Element a : e.select("a")) linked += a.text().length();
    return (double) linked / all;
  }

  /**
   * Text straight inside containers (div, section, span …), for pages that keep most of their
   * text outside paragraph elements: each container's own text is read as lines, one per
   * {@code <br>}, as in a scraped text file; paragraph elements keep their own kind.
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
   * sentence: text wrapped by hand ("… sed do eiusmod<br>tempor incididunt …") goes on while a line
   * has not ended its sentence and the next begins in lower case.
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
    return !TextShape.endsSentence(line) && !line.endsWith(":") && Character.isLowerCase(next.codePointAt(0));
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
      case "p" -> e.hasClass("MsoTitle") ? Block.Kind.TITLE : isBoldLine(e) ? Block.Kind.HEADING : Block.Kind.LINE;
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
    return all.length() <= MAX_BOLD_HEADING_CHARS || all.length() <= MAX_BOLD_QUESTION_CHARS && isInterviewQuestion(p);
  }

  /** All the element's text is in one bold child. */
  private static boolean isBoldOnly(Element e) {
    if (e.childrenSize() != 1 || !e.child(0).is("strong, b")) return false;
    String all = Whitespace.collapse(e.text());
    return !all.isEmpty() && all.equals(Whitespace.collapse(e.child(0).text()));
  }

  /** A bold question with a plain answer under it, among other bold questions: an interview. */
  private static boolean isInterviewQuestion(Element p) {
    if (!p.text().strip().endsWith("?")) return false;
    Element answer = p.nextElementSibling();
    if (answer == null || !answer.is("p") || isBoldOnly(answer)) return false;
    for (Element other : p.parent().children()) {
      if (other != p && other.is("p") && isBoldOnly(other) && other.text().strip().endsWith("?")) return true;
    }
    return false;
  }

  private static boolean isBreak(Element e) {
    return e.normalName().equals("br");
  }

  /** Whether a block element holds another (a quote made of paragraphs, an item with a sub-list). */
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

  private static boolean isStrongWidget(Element e) {
    return STRONG_WIDGET.matcher(e.className() + " " + e.id()).find();
  }

  private static boolean isWidget(Element e) {
    String marks = e.className() + " " + e.id();
    return !marks.isBlank() && WIDGET.matcher(marks.toLowerCase(Locale.ROOT)).find()
        && !e.is("article, main, body");
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
    return m == null ? null : emptyToNull(Whitespace.collapse(m.attr("content")));
  }

  private static String siteFromTitle(String pageTitle) {
    var m = TITLE_SUFFIX.matcher(pageTitle);
    return m.find() ? emptyToNull(m.group(1).strip()) : null;
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
