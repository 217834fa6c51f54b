package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the story on a web page by evidence, as the well-known extractors do (Readability,
 * boilerpipe, trafilatura): prose is counted once for the whole page ({@link TextStats}), the
 * container with most of it is chosen, widgets are removed by what they are and hold (link-dense
 * lists, runs of cards, elements whose class names a widget and hold little prose), and the
 * container is narrowed to the story's own block. Class and id words are a hint, never a veto over
 * the block that holds the story.
 */
final class StoryFinder {
  /**
   * Elements that usually hold no story but on some sites wrap it: ASP.NET puts the whole page in
   * one form, some themes put the story's first paragraphs in a header or a noscript. Removed only
   * when they hold little of the page's prose.
   */
  private static final String WRAPPER_FURNITURE = "header, form, noscript, [role=banner]";

  /**
   * Class or id words that mark widgets rather than content: a hint, weighed against the text
   * inside.
   */
  private static final Pattern WIDGET =
      Pattern.compile(
          "(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|sharing|social|related|read-?more|"
              + "newsletter|subscribe|comments?|byline|author|promo|advert|ads?|sponsor|caption|"
              + "breadcrumbs?|tags|widget|sidebar|popup|modal|meta|footer)([\\s_-]|$)");

  /**
   * Of those words, the ones that name what is never the story (comment threads, cookie and
   * newsletter boxes, ads): such an element goes unless it holds most of the page's prose. Any
   * other widget word ("share", "sidebar", "widget", "read-more", "author") goes only when the
   * element holds little prose of its own or is mostly links: the story's own container often
   * carries one.
   */
  private static final Pattern STRONG_WIDGET =
      Pattern.compile(
          "(?i)(^|[\\s_-])(cookie|consent|gdpr|newsletter|subscribe|comments?|related|promo|advert|sponsor|"
              + "breadcrumbs?|popup|modal|footer)([\\s_-]|$)");

  /** The words of {@link #WIDGET}, for the test run on every element ({@link #hasWidgetWord}). */
  private static final Set<String> WIDGET_WORDS =
      Set.of(
          "cookie",
          "consent",
          "gdpr",
          "banner",
          "share",
          "sharing",
          "social",
          "related",
          "readmore",
          "newsletter",
          "subscribe",
          "comment",
          "comments",
          "byline",
          "author",
          "promo",
          "advert",
          "ad",
          "ads",
          "sponsor",
          "caption",
          "breadcrumb",
          "breadcrumbs",
          "tags",
          "widget",
          "sidebar",
          "popup",
          "modal",
          "meta",
          "footer");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CARD_TAGS = Set.of("li", "div", "article", "section", "figure");

  /** What makes a short block a card: its own heading or picture. */
  private static final Evaluator CARD_MARK =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, img, picture");

  /**
   * A widget-marked element holding at least this share of the page's prose is the story's wrapper.
   */
  private static final double WRAPPER_PROSE_SHARE = 0.5;

  /**
   * A comment thread or the like is the story only when it is practically all of the page's prose.
   */
  private static final double STRONG_WRAPPER_PROSE_SHARE = 0.9;

  /**
   * A weakly widget-marked element with this much prose of its own and few links is part of the
   * story.
   */
  private static final int STORY_SECTION_PROSE = 300;

  private static final double STORY_SECTION_LINK_SHARE = 0.25;

  /** … or with this share of the page's prose, however short the page. */
  private static final double STORY_SECTION_SHARE = 0.2;

  /** Walking down to the story's own block: a child must hold this share of its parent's prose. */
  private static final double NARROW_SHARE = 0.6;

  /** A sibling of the story's block with this share of its prose is part of the story. */
  private static final double SIBLING_SHARE = 0.2;

  /** Elements that are the story's text itself rather than a container of it. */
  private static final Evaluator CONTENT_ELEMENT =
      QueryParser.parse(
          "p, ul, ol, dl, li, table, tbody, tr, td, blockquote, pre, h1, h2, h3, h4, h5, h6");

  private static final Evaluator WRAPPER_FURNITURE_ELEMENT = QueryParser.parse(WRAPPER_FURNITURE);

  /**
   * At least this many alike siblings make a run of cards, and this share of them must look like
   * one.
   */
  private static final int MIN_CARDS = 5;

  private static final int MANY_CARDS = 12;
  private static final double CARD_SHARE = 0.8;
  private static final int MAX_CARD_CHARS = 700;

  /** "3/50" or "3 of 50" opening a gallery slide's caption. */
  private static final Pattern SLIDE_NUMBER =
      Pattern.compile("\\s*\\d{1,3}\\s?(/|of)\\s?\\d{1,3}\\b");

  private StoryFinder() {}

  /**
   * The element holding the story, with the widgets inside it removed (the document is changed).
   */
  static Element locate(Document doc) {
    TextStats stats = TextStats.of(doc.body(), StoryFinder::isParagraph);
    Element root = mainContent(doc, stats);
    removeWidgets(root, stats);
    removeLinkLists(root, stats);
    removeCardRuns(root, stats);
    return narrow(
        root,
        TextStats.recount(
            root, StoryFinder::isParagraph, stats)); // counted again without the widgets
  }

  /** The deepest element that still holds most of the page's prose: its densest text. */
  static Element densest(Document doc) {
    doc.body()
        .select(WRAPPER_FURNITURE)
        .forEach(
            e -> {
              if (e.select("p").isEmpty()) e.remove();
            });
    TextStats stats = TextStats.of(doc.body(), StoryFinder::isParagraph);
    Element densest = doc.body();
    for (Element e : doc.body().getAllElements()) {
      if (stats.prose(e) >= 0.6 * stats.prose(doc.body()) && stats.prose(e) > 0) densest = e;
    }
    return densest;
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
        if (!hasAncestor(article, "article")) inArticles += stats.prose(article);
      }
      Element container = best.closest("article");
      // Readers' comments, cookie boxes and the like outside the articles do not count against them
      int outside =
          all
              - Math.max(inArticles, stats.prose(container == null ? best : container))
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
      if (best == null
          || stats.prose(best) < NARROW_SHARE * stats.prose(node)
          || stats.prose(best) == 0
          || best.is(CONTENT_ELEMENT)) {
        break; // the node's children are the story's paragraphs, lists and tables themselves
      }
      for (Element sibling : new ArrayList<>(node.children())) {
        if (sibling != best && !isStoryBeside(sibling, best, stats)) sibling.remove();
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
  private static boolean isStoryBeside(Element sibling, Element story, TextStats stats) {
    if (stats.chars(sibling) == 0 || HEADINGS.contains(sibling.normalName())) return true;
    int prose = stats.prose(sibling);
    if (prose >= SIBLING_SHARE * stats.prose(story)) return true;
    if (stats.linkShare(sibling) >= STORY_SECTION_LINK_SHARE || isWidget(sibling)) return false;
    if (prose > 0 && isSameKind(sibling, story)) return true;
    return sibling.is(CONTENT_ELEMENT) || stats.paragraphs(sibling) <= 3;
  }

  /**
   * A block of the same tag and class as the story's: the story split into parts (a blog post's
   * sections between rules, a long read's chapters), each kept whatever its length.
   */
  private static boolean isSameKind(Element sibling, Element story) {
    // A class is what marks them as alike; two bare divs (a story column and a sidebar) are not.
    return (sibling.nameIs("section") || sibling.nameIs("div"))
        && sibling.normalName().equals(story.normalName())
        && !story.className().isBlank()
        && sibling.className().equals(story.className());
  }

  private static int strongWidgetProseOutsideArticles(Element body, TextStats stats) {
    int prose = 0;
    for (Element e : body.getAllElements()) {
      if (stats.prose(e) == 0 || !isWidget(e) || !isStrongWidget(e)) continue;
      boolean counted = false;
      for (Element up = e.parent(); up != null && !counted; up = up.parent()) {
        counted = up.nameIs("article") || isWidget(up) && isStrongWidget(up);
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
      if (prose
          >= (isStrongWidget(e) && !wrapper ? STRONG_WRAPPER_PROSE_SHARE : WRAPPER_PROSE_SHARE)
              * all) continue;
      // a share of a short page's prose counts for a widget name only with more than one paragraph
      boolean large =
          prose >= STORY_SECTION_PROSE
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
      if (list.parent() == null || ownLinkShare(list, stats) < 0.7 || isIntroducedByItsItem(list))
        continue;
      Element before = list.previousElementSibling();
      if (before != null && Boilerplate.endsArticle(Whitespace.collapse(before.text())))
        before.remove();
      list.remove();
    }
    // A paragraph that is nothing but a link is a teaser, and a small box of such teasers (a
    // "Related" label and a headline) goes whole, label included, so it does not end the story.
    for (Element box : root.select("p, section, div")) {
      if (box == root || box.parent() == null) continue;
      int length = stats.chars(box);
      boolean teaser =
          box.nameIs("p")
              ? stats.linkShare(box) >= 0.9
              : length < 400 && stats.linkShare(box) >= 0.5;
      if (teaser) box.remove();
    }
  }

  /**
   * The share of a list's own text in links, its sublists left out: a story's list of points ("In
   * progress:") may carry a sublist of links under one point without being a list of links.
   */
  private static double ownLinkShare(Element list, TextStats stats) {
    double chars = stats.chars(list);
    double linked = stats.linkShare(list) * chars;
    for (Element sub : list.select("ul, ol")) {
      if (sub == list || sub.parent().closest("ul, ol") != list)
        continue; // only the outermost sublists
      chars -= stats.chars(sub);
      linked -= stats.linkShare(sub) * stats.chars(sub);
    }
    return chars <= 0
        ? stats.linkShare(list)
        : linked / chars; // a list that only wraps a sublist is judged whole
  }

  /**
   * A sublist under a point that announces it ("In progress:", "Fixed bugs:"): the point's content.
   */
  private static boolean isIntroducedByItsItem(Element list) {
    Element item = list.parent();
    if (item == null || !item.nameIs("li")) return false;
    String lead = Whitespace.collapse(item.ownText());
    return lead.endsWith(":") && TextShape.words(lead) >= 1;
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
      Map<String, List<Element>> alike = new HashMap<>();
      for (Element child : parent.children()) {
        alike
            .computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>())
            .add(child);
      }
      for (List<Element> run : alike.values()) {
        if (run.size() < MIN_CARDS) continue;
        int cards = 0;
        for (Element child : run) if (isCard(child, stats)) cards++;
        if (cards >= CARD_SHARE * run.size()
                && stats.prose(parent) < WRAPPER_PROSE_SHARE * Math.max(1, stats.prose(root))
            || cards >= CARD_SHARE * run.size() && run.size() >= MANY_CARDS) {
          run.forEach(Element::remove);
        }
      }
    }
  }

  /** A card: short, with its own heading, image or slide number and at most a caption of text. */
  private static boolean isCard(Element e, TextStats stats) {
    if (!CARD_TAGS.contains(e.normalName())) return false;
    int chars = stats.chars(e);
    if (chars == 0 || chars > MAX_CARD_CHARS || stats.paragraphs(e) > 2) return false;
    return e.selectFirst(CARD_MARK) != null || SLIDE_NUMBER.matcher(e.text()).lookingAt();
  }

  private static boolean isStrongWidget(Element e) {
    return STRONG_WIDGET.matcher(e.className() + " " + e.id()).find();
  }

  private static boolean isWidget(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) return false; // most elements: nothing to read
    String marks = e.className() + " " + e.id();
    return !marks.isBlank()
        && hasWidgetWord(marks.toLowerCase(Locale.ROOT))
        && !e.nameIs("article")
        && !e.nameIs("main")
        && !e.nameIs("body");
  }

  /**
   * Whether one of the words of {@link #WIDGET} stands between separators (white space, "_", "-")
   * in {@code marks}: the pattern's test, token by token, as it runs on every element of a page.
   */
  static boolean hasWidgetWord(String marks) {
    int n = marks.length();
    int start = 0;
    while (start <= n) {
      int end = start;
      while (end < n && !isMarkSeparator(marks.charAt(end))) end++;
      if (end > start) {
        String token = marks.substring(start, end);
        if (WIDGET_WORDS.contains(token)) return true;
        // "read-more": two tokens joined by one hyphen
        if (token.equals("read")
            && end < n
            && marks.charAt(end) == '-'
            && marks.startsWith("more", end + 1)
            && (end + 5 == n || isMarkSeparator(marks.charAt(end + 5)))) {
          return true;
        }
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean isMarkSeparator(char c) {
    return c == ' '
        || c == '_'
        || c == '-'
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r';
  }

  private static boolean hasAncestor(Element e, String tag) {
    for (Element up = e.parent(); up != null; up = up.parent()) {
      if (up.nameIs(tag)) return true;
    }
    return false;
  }
}
