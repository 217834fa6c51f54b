-- The language a chat's digest is written in (uk, ru, en): the subscriber's Telegram language
-- when a private chat subscribed, or the group's language then. A chat's /language choice wins.
ALTER TABLE subscription ADD COLUMN language TEXT;
