-- Safety (issue 9): photos re-attached from originals the database had lost are marked, the trash is
-- found by index, and the database counts every photo it ever recorded (see JournalGeneration).
ALTER TABLE photo ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0 CHECK (recovered IN (0, 1));

CREATE TABLE journal_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  generation  INTEGER NOT NULL
);
INSERT INTO journal_state(id, generation) VALUES (1, (SELECT count(*) FROM photo));

CREATE TRIGGER photo_generation AFTER INSERT ON photo BEGIN
  UPDATE journal_state SET generation = generation + 1 WHERE id = 1;
END;

CREATE INDEX entry_trash ON entry(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX photo_trash ON photo(deleted_at) WHERE deleted_at IS NOT NULL;
