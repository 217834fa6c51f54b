/**
 * Subscriptions and the daily digest: which articles are new ({@link
 * org.peacetalks.digest.ArticleLedger}), who gets a digest and when ({@link
 * org.peacetalks.digest.SubscriptionStore}, {@link org.peacetalks.digest.DigestScheduler}), what it
 * says ({@link org.peacetalks.digest.DigestBuilder}, {@link org.peacetalks.digest.DigestFormatter})
 * and the rate-limited fan-out ({@link org.peacetalks.digest.DigestRunner}) through a {@link
 * org.peacetalks.digest.DigestSender} that the Telegram layer implements.
 *
 * <p>No Telegram types here: the Telegram code renders and sends what this package returns. State
 * lives in the data folder as JSON written by {@link org.peacetalks.digest.AtomicJsonFile}:
 * {@code subscriptions.json} and {@code articles-added.json}.
 *
 * <p>How the Telegram layer uses it:
 * <ul>
 *   <li>At startup: {@code ledger.recordNew(index.articles(), now)} (the ledger in {@code
 *       Services}, which its Reindexer also records into); open the {@code SubscriptionStore};
 *       build a {@code DigestRunner} and {@code start(Duration.ofSeconds(30))}. A {@link
 *       org.peacetalks.digest.CorruptStateException} names the file and where it was kept.
 *   <li>/subscribe [HH:MM]: {@link org.peacetalks.digest.SubscribeTime#parse} (its message is for
 *       the user), then {@code store.subscribe(chatId, messageThreadId, time)}; /unsubscribe:
 *       {@code store.unsubscribe(chatId)}; /subscription: {@code store.get} and {@code
 *       scheduler.nextSend(subscription)}.
 *   <li>/digest: {@code formatter.html(builder.lastDay(now))}, sent in that chat (not marked).
 *   <li>/senddigest: {@code runner.sendToAllInBackground()}, reply with the {@link
 *       org.peacetalks.digest.FanOutReport}.
 *   <li>/add: {@code ledger.recordNew(List.of(summary), now)} after indexing it; /remove
 *       optionally {@code ledger.forget(id)}.
 *   <li>my_chat_member showing the bot left/kicked: {@code store.remove(chatId, reason)};
 *       a migrate_to_chat_id service message: {@code store.migrate(oldId, newId)}.
 * </ul>
 */
package org.peacetalks.digest;
