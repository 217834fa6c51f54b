/**
 * Subscriptions and the daily digest: which articles are new ({@link
 * org.peacetalks.digest.ArticleLedger}), who gets a digest and when ({@link
 * org.peacetalks.digest.SubscriptionStore}, {@link org.peacetalks.digest.DigestScheduler}), what it
 * says ({@link org.peacetalks.digest.DigestBuilder}, {@link org.peacetalks.digest.DigestFormatter})
 * and the rate-limited fan-out ({@link org.peacetalks.digest.DigestRunner}) through a {@link
 * org.peacetalks.digest.DigestSender} that the Telegram layer implements.
 *
 * <p>No Telegram types here: the Telegram code renders and sends what this package returns. State
 * lives in the data folder as JSON written by {@link org.peacetalks.digest.AtomicJsonFile}.
 */
package org.peacetalks.digest;
