/**
 * Article files in, clean articles out: one reader per format (.txt, .md, .html), boilerplate
 * removal, section headings, spacing repair, and the articles folder itself.
 *
 * <p>Nothing here knows about Lucene or Telegram.
 */
package org.peacetalks.corpus;
