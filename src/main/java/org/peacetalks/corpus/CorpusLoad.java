package org.peacetalks.corpus;

import java.util.List;

/** The articles of a folder that could be read, and the files that were skipped with why. */
public record CorpusLoad(List<Article> articles, List<SkippedFile> skipped) {
  public CorpusLoad {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  public int paragraphCount() {
    return articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
  }
}
