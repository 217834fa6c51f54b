/**
 * The bot's state in one SQLite database, {@code data/bot.db}: the connection ({@link
 * org.peacetalks.storage.StateDatabase}: WAL journal, one connection shared by every writer,
 * foreign keys, busy timeout, integrity check at start-up, online backup), the schema and its
 * numbered migrations ({@code db/migration/V<n>__*.sql}), the one-time import of the JSON files
 * earlier versions kept ({@link org.peacetalks.storage.LegacyStateImport}), and the feedback
 * repository. The other repositories live beside the feature they serve (the subscriptions and the
 * article ledger in {@code digest}, the update ledger, blocked chats and question counts in {@code
 * telegram}) and run their SQL through {@link org.peacetalks.storage.StateDatabase}.
 */
package org.peacetalks.storage;
