package org.peacetalks.corpus;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What each element of a page holds, counted once for the whole page in one pass (so judging every
 * element costs no more than reading the page, however deep it nests): its characters of text,
 * those inside links, and those in <em>prose</em> — paragraphs that read as sentences of a story
 * rather than as labels, menus or headlines. The evidence for where the story is.
 */
final class TextStats {
  /**
   * A paragraph of prose: a sentence of at least this many words, or a longer run without a stop.
   */
  private static final int MIN_SENTENCE_WORDS = 6;

  private static final int MIN_UNPUNCTUATED_WORDS = 20;

  /** A paragraph whose text is mostly links is a list of teasers, never prose. */
  private static final double MAX_PROSE_LINK_SHARE = 0.35;

  private static final class Counts {
    int chars;
    int linked;
    int prose;
    int paragraphs;

    /**
     * Elements below: with only removals between two counts, the same number means the same
     * subtree.
     */
    int elements;

    /** Whether the element read as prose on its own (null: not asked), kept for a recount. */
    Boolean readsAsProse;
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private TextStats() {}

  /**
   * Counts the elements under {@code root}; {@code isParagraph} says which elements are read as one
   * paragraph.
   */
  static TextStats of(Element root, java.util.function.Predicate<Element> isParagraph) {
    return of(root, isParagraph, null);
  }

  /**
   * Counts again after elements were removed (never added or changed): a paragraph whose subtree
   * lost nothing keeps its earlier verdict instead of having its text read again.
   */
  static TextStats recount(
      Element root, java.util.function.Predicate<Element> isParagraph, TextStats earlier) {
    return of(root, isParagraph, earlier);
  }

  private static TextStats of(
      Element root, java.util.function.Predicate<Element> isParagraph, TextStats earlier) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) stats.counts.put(e, new Counts());
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              int length = nonSpace(t.getWholeText());
              Element parent = t.parent();
              if (length == 0 || parent == null) return;
              Counts c = stats.counts.get(parent);
              if (c == null) return;
              c.chars += length;
              if (parent.normalName().equals("a")) c.linked += length;
              return;
            }
            if (!(node instanceof Element e)) return;
            Counts c = stats.counts.get(e);
            if (e.normalName().equals("a")) c.linked = c.chars;
            if (isParagraph.test(e) && c.prose == 0 && readsAsProse(e, c, earlier)) {
              c.prose = c.chars - c.linked;
              c.paragraphs = 1;
            }
            Element parent = e.parent();
            Counts up = parent == null ? null : stats.counts.get(parent);
            if (up != null) {
              up.chars += c.chars;
              up.linked += c.linked;
              up.prose += c.prose;
              up.paragraphs += c.paragraphs;
              up.elements += c.elements + 1;
            }
          }
        },
        root);
    return stats;
  }

  private static boolean readsAsProse(Element e, Counts c, TextStats earlier) {
    Counts before = earlier == null ? null : earlier.counts.get(e);
    if (before != null && before.readsAsProse != null && before.elements == c.elements) {
      c.readsAsProse = before.readsAsProse;
    } else {
      c.readsAsProse = isProse(e, c);
    }
    return c.readsAsProse;
  }

  private static boolean isProse(Element e, Counts c) {
    // A word has at least one character: too few characters cannot make a sentence, and reading the
    // text costs a walk.
    if (c.chars < MIN_SENTENCE_WORDS || (double) c.linked / c.chars > MAX_PROSE_LINK_SHARE)
      return false;
    String text = e.text();
    int words = TextShape.words(text);
    return words >= MIN_UNPUNCTUATED_WORDS
        || words >= MIN_SENTENCE_WORDS && TextShape.endsSentence(text);
  }

  /** Characters of text (not counting white space). */
  int chars(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.chars;
  }

  /** Characters of prose paragraphs outside links. */
  int prose(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.prose;
  }

  /** Prose paragraphs. */
  int paragraphs(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.paragraphs;
  }

  /** The share of the text that sits in links. */
  double linkShare(Element e) {
    Counts c = counts.get(e);
    return c == null || c.chars == 0 ? 0 : (double) c.linked / c.chars;
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
    return n;
  }
}
