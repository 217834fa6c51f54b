package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.List;

/** Raw scraped text: one block per non-empty line, optional front matter on top. */
final class TextArticleReader implements ArticleReader {
  @Override
  public RawArticle read(String text) throws UnreadableArticleException {
    FrontMatter front = FrontMatter.parse(text);
    List<Block> blocks = new ArrayList<>();
    for (String line : front.body().split("\\R")) {
      String collapsed = Whitespace.collapse(line);
      if (!collapsed.isEmpty()) blocks.add(new Block(Block.Kind.LINE, collapsed));
    }
    return new RawArticle(front.title(), front.source(), front.url(), front.published(), blocks);
  }
}
