package org.peacetalks.corpus;

import java.util.List;

/**
 * What a format reader extracted: metadata it found (each may be {@code null}) and the blocks of
 * visible text in reading order.
 */
record RawArticle(String title, String source, String url, String published, List<Block> blocks) {
  RawArticle {
    blocks = List.copyOf(blocks);
  }
}
