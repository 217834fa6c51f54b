/**
 * The {@code bench} command's parts: a deterministic synthetic corpus made from real articles, the
 * questions asked of it, latency statistics, the bare-Lucene baseline the bot is compared with, the
 * probes that need more of the bot (hybrid retrieval, start-up of {@code run} in a child JVM, end
 * to end through the Telegram path against {@link org.peacetalks.bench.LoopbackBotApi}, built on
 * the fake Bot API of {@code bench.botapi} that the end-to-end tests share), the soak run ({@code
 * bench --soak}: faults injected by that server, kill -9 of a real process) and the report.
 *
 * <p>The one package besides {@code search} that imports Lucene: the baseline is bare Lucene by
 * definition (StandardAnalyzer, one TextField, QueryParser), so it cannot go through the bot's
 * search classes. It reaches the Telegram path only through {@link
 * org.peacetalks.telegram.BenchBots}, never {@code org.telegram.*}.
 */
package org.peacetalks.bench;
