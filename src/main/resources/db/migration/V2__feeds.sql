-- News feeds (RSS/Atom) the bot polls, and the items it has seen in them.

-- One row per feed: from config/bot.yaml or BOT_FEEDS (origin 'config'), or added in the chat
-- (origin 'chat', with the chat). A failing feed keeps its last good etag/last_modified, shows
-- last_error, and is not fetched again before backoff_until.
CREATE TABLE feed (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  url            TEXT    NOT NULL UNIQUE,
  name           TEXT,
  origin         TEXT    NOT NULL CHECK (origin IN ('config', 'chat')),
  added_by       INTEGER,            -- the chat that added it (origin 'chat')
  added_at       INTEGER NOT NULL,
  etag           TEXT,
  last_modified  TEXT,
  last_fetch_at  INTEGER,            -- the last attempt, successful or not
  last_ok_at     INTEGER,
  last_error     TEXT,               -- null after a successful fetch
  failures       INTEGER NOT NULL DEFAULT 0,
  backoff_until  INTEGER,
  taken          INTEGER NOT NULL DEFAULT 0,
  skipped        INTEGER NOT NULL DEFAULT 0
);

-- Every item seen once: by canonical URL (tracking parameters and fragment dropped), then by
-- the hash of its text, so a story re-posted or carried by two feeds is stored once.
-- status: taken (indexed as article_id), skipped (off topic), duplicate, empty (no text).
CREATE TABLE feed_item (
  canonical_url TEXT    PRIMARY KEY,
  content_hash  TEXT,
  feed_id       INTEGER REFERENCES feed (id) ON DELETE SET NULL,
  article_id    TEXT,
  status        TEXT    NOT NULL CHECK (status IN ('taken', 'skipped', 'duplicate', 'empty')),
  first_seen    INTEGER NOT NULL
);
CREATE INDEX feed_item_by_hash ON feed_item (content_hash);
CREATE INDEX feed_item_by_first_seen ON feed_item (first_seen);
