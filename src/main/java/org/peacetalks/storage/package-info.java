/**
 * The bot's state in one SQLite database, {@code data/bot.db}: the connection ({@link
 * org.peacetalks.storage.StateDatabase}: WAL journal, one connection shared by every writer,
 * foreign keys, busy timeout, integrity check at start-up, online backup), the schema and its
 * numbered migrations ({@code db/migration/V<n>__*.sql}), the one-time import of the JSON files
 * earlier versions kept ({@link org.peacetalks.storage.LegacyStateImport}), and one typed
 * repository per table: subscriptions ({@link org.peacetalks.storage.SubscriptionTable}), the
 * article ledger ({@link org.peacetalks.storage.ArticleTable}), the update ledger, blocked chats,
 * question counts, feedback, chat settings, and the news feeds with their items ({@link
 * org.peacetalks.storage.FeedTable}). The SQL lives here; the features (the digest's claims and
 * windows in {@code digest}, the update handling in {@code telegram}) call these repositories and
 * keep their rules to themselves.
 */
package org.peacetalks.storage;
