-- The bot's state. Times are microseconds since the epoch (UTC): an Instant to the microsecond,
-- compared as integers. Days are ISO dates (yyyy-mm-dd) in the zone the column names.

-- Daily digest subscriptions, one per chat.
CREATE TABLE subscription (
  chat_id          INTEGER PRIMARY KEY,
  thread_id        INTEGER,
  send_time        TEXT    NOT NULL,  -- HH:mm in the bot's zone
  subscribed_at    INTEGER NOT NULL,
  last_digest_date TEXT,              -- the day (bot's zone) whose scheduled digest is settled
  last_digest_at   INTEGER            -- when the last digest was sent: the next lists articles after it
);

-- When each article entered the corpus (what a digest calls new), and its content hash (what
-- /add calls a duplicate). state 'adding': an /add recorded before its file and index commit;
-- start-up finishes or drops those rows.
CREATE TABLE article (
  id           TEXT    PRIMARY KEY,
  added_at     INTEGER NOT NULL,
  initial      INTEGER NOT NULL DEFAULT 0 CHECK (initial IN (0, 1)),
  content_hash TEXT,
  file_name    TEXT,
  state        TEXT    NOT NULL DEFAULT 'indexed' CHECK (state IN ('adding', 'indexed'))
);
CREATE INDEX article_by_added_at ON article (added_at) WHERE initial = 0;
CREATE INDEX article_by_content_hash ON article (content_hash);
CREATE INDEX article_adding ON article (state) WHERE state = 'adding';

-- Small named values: when the article ledger started, the last handled update id, the JSON import.
CREATE TABLE setting (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Updates taken from Telegram and not yet handled (the update as Telegram sent it, JSON), and
-- those handled above the last handled id (out of order).
CREATE TABLE update_pending (
  update_id INTEGER PRIMARY KEY,
  body      TEXT NOT NULL
);
CREATE TABLE update_handled_above (
  update_id INTEGER PRIMARY KEY
);

-- Chats that told the bot to stop writing (403, chat not found).
CREATE TABLE blocked_chat (
  chat_id    INTEGER PRIMARY KEY,
  blocked_at INTEGER NOT NULL
);

-- Questions answered: in total, and on the UTC day named.
CREATE TABLE question_count (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  total INTEGER NOT NULL,
  day   TEXT    NOT NULL,
  today INTEGER NOT NULL
);

-- Feedback on answers: 👍 / 👎 under an answer, or a question the bot had no answer for.
CREATE TABLE feedback (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       INTEGER NOT NULL,
  chat_id  INTEGER NOT NULL,
  question TEXT    NOT NULL,
  kind     TEXT    NOT NULL CHECK (kind IN ('up', 'down', 'no_answer'))
);
CREATE INDEX feedback_negative ON feedback (at) WHERE kind <> 'up';
-- The passages an answer showed, by article and paragraph, in rank order.
CREATE TABLE feedback_passage (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  rank        INTEGER NOT NULL,
  article_id  TEXT    NOT NULL,
  paragraph   INTEGER NOT NULL,
  PRIMARY KEY (feedback_id, rank)
);

-- Per-chat settings: the bot's language in the chat (uk, ru, en), when chosen with /language.
CREATE TABLE chat_setting (
  chat_id  INTEGER PRIMARY KEY,
  language TEXT
);
