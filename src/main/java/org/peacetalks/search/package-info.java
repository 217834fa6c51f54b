/**
 * The answer engine: paragraphs in a Lucene index, questions analysed with domain synonyms and typo
 * tolerance, ranked passages with a no-answer check, returned as {@link
 * org.peacetalks.search.Answer} records that the command line and Telegram render.
 *
 * <p>The only package that imports Lucene.
 */
package org.peacetalks.search;
