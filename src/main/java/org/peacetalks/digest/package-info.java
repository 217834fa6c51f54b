/**
 * Subscriptions and the daily digest: which articles are new ({@link
 * org.peacetalks.digest.ArticleLedger}), who gets a digest and when ({@link
 * org.peacetalks.digest.SubscriptionStore}, {@link org.peacetalks.digest.DigestScheduler}), what it
 * says ({@link org.peacetalks.digest.DigestBuilder}, {@link org.peacetalks.digest.DigestFormatter})
 * and the rate-limited fan-out ({@link org.peacetalks.digest.DigestRunner}) through a {@link
 * org.peacetalks.digest.DigestSender} that the Telegram layer implements.
 *
 * <p>No Telegram types here: the Telegram code renders and sends what this package returns. State
 * lives in the state database ({@link org.peacetalks.storage.StateDatabase}): the {@code
 * subscription} and {@code article} tables.
 *
 * <p>How the Telegram layer uses it:
 *
 * <ul>
 *   <li>At startup: open the {@code SubscriptionStore} on the state database (reads nothing); build
 *       a {@code DigestRunner} and {@code start(Duration.ofSeconds(30))}. Every rebuild records
 *       what it indexed in the ledger ({@code Services}' Reindexer), so start-up need not.
 *   <li>/subscribe [HH:MM]: {@link org.peacetalks.digest.SubscribeTime#parse} (its message is for
 *       the user), then {@code store.subscribe(chatId, messageThreadId, time)}; /unsubscribe:
 *       {@code store.unsubscribe(chatId)}; /subscription: {@code store.get} and {@code
 *       scheduler.nextSend(subscription)}.
 *   <li>/digest: {@code formatter.html(builder.lastDay(now))}, sent in that chat (not marked).
 *   <li>/senddigest: {@code runner.sendToAllInBackground()}, reply with the {@link
 *       org.peacetalks.digest.FanOutReport}.
 *   <li>/add: journalled with {@code ledger.beginAdd} before its file is written, settled with
 *       {@code finishAdd} after its index commit; /remove: {@code ledger.forget(id)}.
 *   <li>my_chat_member showing the bot left/kicked: {@code store.remove(chatId, reason)}; a
 *       migrate_to_chat_id service message: {@code store.migrate(oldId, newId)}.
 * </ul>
 */
package org.peacetalks.digest;
