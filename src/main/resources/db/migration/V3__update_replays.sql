-- A pending update handled again after a restart is marked before its handling starts: one that
-- a later start still finds pending was answered up to twice already and is not handled a third time.
ALTER TABLE update_pending ADD COLUMN replayed INTEGER NOT NULL DEFAULT 0;
