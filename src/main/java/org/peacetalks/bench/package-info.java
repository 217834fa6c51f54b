/**
 * The {@code bench} command's parts: a deterministic synthetic corpus made from real articles,
 * the questions asked of it, latency statistics, the bare-Lucene baseline the bot is compared
 * with, and the report.
 *
 * <p>The one package besides {@code search} that imports Lucene: the baseline is bare Lucene by
 * definition (StandardAnalyzer, one TextField, QueryParser), so it cannot go through the bot's
 * search classes.
 */
package org.peacetalks.bench;
