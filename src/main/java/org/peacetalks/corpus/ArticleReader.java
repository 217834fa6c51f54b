package org.peacetalks.corpus;

/** Turns the decoded text of one article file into blocks and metadata. */
interface ArticleReader {
  RawArticle read(String text) throws UnreadableArticleException;
}
