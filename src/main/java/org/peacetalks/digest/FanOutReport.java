package org.peacetalks.digest;

/**
 * Totals of one digest round.
 *
 * @param chats subscriptions considered (due ones, or all for /senddigest)
 * @param sent digests delivered
 * @param nothingNew chats skipped because nothing was new ({@code digest.sendWhenEmpty} off)
 * @param removed subscriptions dropped because the chat is gone
 * @param migrated subscriptions moved to a supergroup's new id
 * @param failed sends that failed (retried later, or given up for the day)
 */
public record FanOutReport(
    int chats, int sent, int nothingNew, int removed, int migrated, int failed) {}
