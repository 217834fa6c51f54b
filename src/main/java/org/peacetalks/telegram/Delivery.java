package org.peacetalks.telegram;

/**
 * What became of one message sent with {@link Sender#deliver}, after the sender's own retries.
 *
 * @param delivered Telegram accepted the message (to the supergroup, when {@code migratedTo})
 * @param migratedTo the supergroup the group became ({@code migrate_to_chat_id}), or {@code null}
 * @param chatClosed not delivered because the bot may not write there (403, chat not found)
 * @param detail Telegram's description of the last error, or the I/O error; empty when delivered
 */
record Delivery(boolean delivered, Long migratedTo, boolean chatClosed, String detail) {}
