package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a reader's blocks into a title and passages: drops boilerplate and everything after a
 * "Related articles" marker, finds the title (and drops repeats of it), makes short heading lines
 * the section of the passages under them, drops captions and other fragments, and repairs missing
 * spaces after punctuation.
 */
final class ParagraphAssembler {
  /** Headings and titles are short; longer lines are passages whatever their punctuation. */
  private static final int MAX_HEADING_WORDS = 14;

  private static final int MAX_TITLE_WORDS = 25;

  /** A passage without closing punctuation needs at least this many words. */
  private static final int MIN_UNPUNCTUATED_PASSAGE_WORDS = 15;

  private static final int MIN_PASSAGE_WORDS = 4;

  /**
   * A heading is a line, not a sentence: longer lines are text even when they are short on words.
   */
  private static final int MAX_HEADING_CHARS = 120;

  /**
   * A title made from a lead keeps its first sentence when it is this short (a headline's length).
   */
  private static final int MAX_LEAD_TITLE_CHARS = 120;

  /** A longer first sentence is cut near here, at a word boundary... */
  private static final int LEAD_TITLE_CUT = 110;

  /** ...unless that leaves less than this, when it is cut mid-word instead. */
  private static final int MIN_LEAD_TITLE_CUT = 40;

  /**
   * A full stop this early is an abbreviation or an initial ("U.S.", "J. Smith"), not a sentence
   * end.
   */
  private static final int MIN_FIRST_SENTENCE_CHARS = 20;

  /**
   * Share of a line's words found in the title that makes it a variant of the title (a deck, a
   * kicker).
   */
  private static final double TITLE_VARIANT_OVERLAP = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The result: title, the published date if the text carried one, and the passages. */
  record Assembled(String title, String published, List<Paragraph> paragraphs) {}

  Assembled assemble(RawArticle raw, String fallbackTitle) {
    List<Block> blocks = new ArrayList<>();
    String published = raw.published();
    List<Block> raws = raw.blocks();
    for (int i = 0; i < raws.size(); i++) {
      Block b = raws.get(i);
      if (Boilerplate.startsTeasers(b.text())) {
        i = endOfTeasers(raws, i);
        continue;
      }
      String date =
          b.kind() != Block.Kind.LINE
              ? null
              : blocks.size() <= 2
                  ? Boilerplate.stampLine(b.text()) // above the story: "02.12.2025 13:47" dates it
                  : Boilerplate.dateLine(b.text());
      if (date != null) {
        if (published == null) published = date;
        continue;
      }
      if (endsStory(raws, i)) {
        if (blocks.isEmpty()) continue;
        break;
      }
      if (Boilerplate.isAppeal(b.text())) {
        // "We need your support" above the appeal it heads goes too (never the first block: the
        // title may be it)
        if (blocks.size() > 1 && isHeadingShaped(blocks.get(blocks.size() - 1)))
          blocks.remove(blocks.size() - 1);
      } else if (!Boilerplate.isNoise(b.text())) {
        blocks.add(b);
      }
    }

    String title = raw.title();
    int start = 0;
    if (title == null) {
      int at = titleBlock(blocks);
      if (at >= 0) {
        title = blocks.get(at).text();
        start = at + 1;
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    Set<String> titleWords = title == null ? Set.of() : words(title);
    String section = null;
    String listSection = null; // a "lead-in:" line heads only the list right under it
    for (int i = start; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = b.text();
      if (!titleWords.isEmpty() && isTitleRepeat(text, titleWords, paragraphs.isEmpty())) continue;
      if (b.kind() != Block.Kind.ITEM) listSection = null;
      switch (roleOf(blocks, i)) {
        case HEADING -> {
          String heading = SpacingRepair.repair(stripColon(text));
          if (b.kind() == Block.Kind.LINE && text.endsWith(":")) listSection = heading;
          else section = heading;
        }
        case PASSAGE -> {
          String of = listSection != null ? listSection : section;
          paragraphs.add(new Paragraph(paragraphs.size() + 1, of, SpacingRepair.repair(text)));
        }
        case FRAGMENT -> {}
      }
    }
    if (title == null) {
      title = paragraphs.isEmpty() ? fallbackTitle : leadTitle(paragraphs.get(0).text());
    }
    return new Assembled(SpacingRepair.repair(title), published, paragraphs);
  }

  /**
   * A markup heading such as "More from Ushakov" over a live-blog post: a passage follows at once
   * (or after one short line), so it is a heading, not the start of the related links. Scraped text
   * lines carry no such mark (teasers there come with descriptions), so a line always ends the
   * article.
   */
  private static boolean headsPassages(List<Block> blocks, int i) {
    if (blocks.get(i).kind() != Block.Kind.HEADING) return false;
    // The post's text, perhaps after one line such as its time stamp; another heading (a teaser's
    // headline) means a list of other stories.
    for (int j = i + 1; j < Math.min(blocks.size(), i + 3); j++) {
      Block next = blocks.get(j);
      if (next.kind() != Block.Kind.LINE) return false;
      if (wordCount(next.text()) >= MIN_UNPUNCTUATED_PASSAGE_WORDS) return true;
    }
    return false;
  }

  /**
   * An end marker ("Related articles" …), a readers' comment thread, or a press release's closing
   * "###".
   */
  private static boolean endsStory(List<Block> blocks, int i) {
    String line = blocks.get(i).text();
    String next = i + 1 < blocks.size() ? blocks.get(i + 1).text() : null;
    return Boilerplate.endsArticle(line) && !headsPassages(blocks, i)
        || opensComments(blocks, i)
        || Boilerplate.endsRelease(line, next);
  }

  /**
   * How far below a "Comments" heading the thread's furniture must show to end the article there.
   */
  private static final int COMMENT_FURNITURE_REACH = 3;

  /**
   * A "Comments" heading with a comment thread's furniture right below it ("Page 1 of 1", "by:
   * Vasyl from: Lviv"): what follows is readers' talk, not the story. A share bar's "Comments" is
   * followed by other buttons or by the story, and ends nothing.
   */
  private static boolean opensComments(List<Block> blocks, int i) {
    if (!Boilerplate.mayOpenComments(blocks.get(i).text())) return false;
    for (int j = i + 1; j < Math.min(blocks.size(), i + 1 + COMMENT_FURNITURE_REACH); j++) {
      if (Boilerplate.isCommentFurniture(blocks.get(j).text())) return true;
    }
    return false;
  }

  /** Where a teaser list that opens at {@code start} ends: its end marker, or the opener alone. */
  private static int endOfTeasers(List<Block> blocks, int start) {
    int last = Math.min(blocks.size() - 1, start + Boilerplate.MAX_TEASER_LINES);
    for (int i = start + 1; i <= last; i++) {
      if (Boilerplate.endsTeasers(blocks.get(i).text())) return i;
    }
    return start;
  }

  private enum Role {
    HEADING,
    PASSAGE,
    FRAGMENT
  }

  private static Role roleOf(List<Block> blocks, int i) {
    Block b = blocks.get(i);
    if (wordCount(b.text()) == 0) return Role.FRAGMENT; // "---", "***", "•": no heading, no passage
    return switch (b.kind()) {
      case TITLE, HEADING -> Role.HEADING;
      case ITEM -> wordCount(b.text()) >= 2 ? Role.PASSAGE : Role.FRAGMENT;
      case LINE -> {
        if (isPassage(b.text())) yield Role.PASSAGE;
        boolean headingShaped =
            wordCount(b.text()) <= MAX_HEADING_WORDS && b.text().length() <= MAX_HEADING_CHARS;
        yield headingShaped && startsPassages(blocks, i + 1) ? Role.HEADING : Role.FRAGMENT;
      }
    };
  }

  private static boolean isHeadingShaped(Block b) {
    return b.kind() == Block.Kind.HEADING
        || b.kind() == Block.Kind.LINE
            && !isPassage(b.text())
            && wordCount(b.text()) <= MAX_HEADING_WORDS;
  }

  /** True when the block at {@code i} is a passage or list item (what a heading sits above). */
  private static boolean startsPassages(List<Block> blocks, int i) {
    if (i >= blocks.size()) return false;
    Block next = blocks.get(i);
    return next.kind() == Block.Kind.ITEM
        || next.kind() == Block.Kind.LINE && isPassage(next.text());
  }

  private static boolean isPassage(String text) {
    int words = wordCount(text);
    if (text.endsWith(":") && words <= MAX_HEADING_WORDS) return false; // a lead-in to a list
    return words >= MIN_UNPUNCTUATED_PASSAGE_WORDS
        || words >= MIN_PASSAGE_WORDS
            && (TextShape.endsSentence(text) || TextShape.isSpacedCjkSentence(text));
  }

  /** The first substantial block, if it is shaped like a title (short, no closing period). */
  private static int titleBlock(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Block.Kind.TITLE) return i;
      if (b.kind() == Block.Kind.ITEM) return -1; // a list item is never a headline
      int words = wordCount(b.text());
      if (words < 3) continue; // breadcrumb or category word above the headline
      boolean titleShaped = words <= MAX_TITLE_WORDS && !b.text().endsWith(".");
      return titleShaped ? i : -1;
    }
    return -1;
  }

  /** A repeat of the title: the same words again, or (above the first passage) a close variant. */
  private static boolean isTitleRepeat(
      String text, Set<String> titleWords, boolean beforeFirstPassage) {
    if (wordCount(text) > MAX_TITLE_WORDS || text.endsWith(".")) return false;
    Set<String> words = words(text);
    if (words.isEmpty()) return false;
    int shared = 0;
    for (String w : words) if (titleWords.contains(w)) shared++;
    double overlap = (double) shared / Math.min(words.size(), titleWords.size());
    return words.equals(titleWords) || beforeFirstPassage && overlap >= TITLE_VARIANT_OVERLAP;
  }

  /** A title made from the first sentence of the lead, for pages that have no headline. */
  private static String leadTitle(String lead) {
    int end = -1;
    for (int i = 0; i < lead.length() - 1; i++) {
      char c = lead.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(lead.charAt(i + 1))
          && i > MIN_FIRST_SENTENCE_CHARS) {
        end = i;
        break;
      }
    }
    String sentence = end > 0 ? lead.substring(0, end) : lead;
    if (sentence.length() <= MAX_LEAD_TITLE_CHARS) return sentence.replaceAll("[.!?]+$", "");
    int cut = sentence.lastIndexOf(' ', LEAD_TITLE_CUT);
    return sentence.substring(0, cut > MIN_LEAD_TITLE_CUT ? cut : LEAD_TITLE_CUT) + "…";
  }

  private static String stripColon(String text) {
    return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
  }

  private static int wordCount(String text) {
    return TextShape.words(text);
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }
}
