-- The log: what the user did on a day (items of a kind with typed fields and side effects), ongoing
-- routines, how each photo was taken, tags, photo cadences for reminders, and full-text search.

CREATE TABLE log_item (
  id                INTEGER PRIMARY KEY,
  entry_id          INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  kind              TEXT    NOT NULL CHECK (kind IN ('massage','microneedling','smp','topical','oral','in-clinic','other')),
  name              TEXT,                      -- product, medication, treatment or free name
  minutes           INTEGER CHECK (minutes > 0),
  device            TEXT,
  needle_mm         REAL    CHECK (needle_mm > 0),
  area              TEXT,
  applied_after     TEXT,
  aftercare         TEXT,
  session_number    INTEGER CHECK (session_number > 0),
  clinic            TEXT,
  strength          TEXT,
  amount            TEXT,
  times_per_day     INTEGER CHECK (times_per_day > 0),
  dose              TEXT,
  frequency         TEXT,
  side_effect_note  TEXT    NOT NULL DEFAULT '',
  note              TEXT    NOT NULL DEFAULT '',
  created_at        TEXT    NOT NULL,
  updated_at        TEXT    NOT NULL
);
CREATE INDEX log_item_entry ON log_item(entry_id);
CREATE INDEX log_item_kind ON log_item(kind);

CREATE TABLE log_side_effect (
  log_item_id  INTEGER NOT NULL REFERENCES log_item(id) ON DELETE CASCADE,
  effect       TEXT    NOT NULL CHECK (effect IN ('redness','swelling','itching','pain','shedding','other')),
  PRIMARY KEY (log_item_id, effect)
);

-- An ongoing routine: started (and maybe stopped) on a date with a planned frequency. The frequency is
-- kept as the user wrote it; every_min_days/every_max_days are what the app understood of it, for reminders.
CREATE TABLE routine (
  id              INTEGER PRIMARY KEY,
  kind            TEXT    NOT NULL CHECK (kind IN ('massage','microneedling','smp','topical','oral','in-clinic','other')),
  name            TEXT    NOT NULL,
  details         TEXT    NOT NULL DEFAULT '',
  started_on      TEXT    NOT NULL,
  stopped_on      TEXT,
  frequency       TEXT    NOT NULL DEFAULT '',
  every_min_days  INTEGER CHECK (every_min_days > 0),
  every_max_days  INTEGER CHECK (every_max_days >= every_min_days),
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL,
  CHECK (stopped_on IS NULL OR stopped_on >= started_on)
);
CREATE INDEX routine_dates ON routine(started_on, stopped_on);

-- How a photo was taken; every column may be unknown (NULL).
CREATE TABLE photo_capture (
  photo_id         INTEGER PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
  washed           INTEGER CHECK (washed IN (0, 1)),
  hair_state       TEXT    CHECK (hair_state IN ('wet','damp','dry')),
  product_in_hair  INTEGER CHECK (product_in_hair IN (0, 1)),
  lighting         TEXT    CHECK (lighting IN ('daylight','indoor','flash')),
  camera           TEXT,
  distance         TEXT,
  note             TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE tag (
  id    INTEGER PRIMARY KEY,
  name  TEXT    NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tag (
  entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, tag_id)
);
CREATE INDEX entry_tag_tag ON entry_tag(tag_id);

-- Photo reminders: a region is due when its newest photo is at least every_days old.
CREATE TABLE photo_cadence (
  region      TEXT    PRIMARY KEY,
  every_days  INTEGER NOT NULL CHECK (every_days > 0)
);

-- Search: one FTS5 row per entry (rowid = entry id) with its note, its log items' words and its tags;
-- one per routine. Triggers below keep both in step with every change.
CREATE VIEW entry_search_text AS
SELECT e.id AS id,
       e.note AS note,
       coalesce((SELECT group_concat(
                   CASE l.kind
                     WHEN 'massage' THEN 'massage scalp'
                     WHEN 'microneedling' THEN 'microneedling derma rolling'
                     WHEN 'smp' THEN 'smp scalp micropigmentation'
                     WHEN 'topical' THEN 'topical product'
                     WHEN 'oral' THEN 'oral medication supplement'
                     WHEN 'in-clinic' THEN 'in-clinic'
                     ELSE 'other'
                   END
                   || ' ' || coalesce(l.name, '') || ' ' || coalesce(l.device, '') || ' ' || coalesce(l.area, '')
                   || ' ' || coalesce(l.applied_after, '') || ' ' || coalesce(l.aftercare, '') || ' ' || coalesce(l.clinic, '')
                   || ' ' || coalesce(l.strength, '') || ' ' || coalesce(l.amount, '') || ' ' || coalesce(l.dose, '')
                   || ' ' || coalesce(l.frequency, '') || ' ' || l.side_effect_note || ' ' || l.note
                   || ' ' || coalesce((SELECT group_concat(s.effect, ' ') FROM log_side_effect s WHERE s.log_item_id = l.id), ''),
                   ' ')
                 FROM log_item l WHERE l.entry_id = e.id), '') AS log,
       coalesce((SELECT group_concat(t.name, ' ') FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id), '') AS tags
FROM entry e;

CREATE VIRTUAL TABLE entry_fts USING fts5(note, log, tags, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE routine_fts USING fts5(kind, name, details, frequency, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text;

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER entry_fts_update AFTER UPDATE OF note ON entry BEGIN
  DELETE FROM entry_fts WHERE rowid = NEW.id;
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
  DELETE FROM entry_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER log_item_fts_insert AFTER INSERT ON log_item BEGIN
  DELETE FROM entry_fts WHERE rowid = NEW.entry_id;
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = NEW.entry_id;
END;
CREATE TRIGGER log_item_fts_update AFTER UPDATE ON log_item BEGIN
  DELETE FROM entry_fts WHERE rowid IN (OLD.entry_id, NEW.entry_id);
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id IN (OLD.entry_id, NEW.entry_id);
END;
CREATE TRIGGER log_item_fts_delete AFTER DELETE ON log_item BEGIN
  DELETE FROM entry_fts WHERE rowid = OLD.entry_id;
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = OLD.entry_id;
END;

CREATE TRIGGER log_side_effect_fts_insert AFTER INSERT ON log_side_effect BEGIN
  DELETE FROM entry_fts WHERE rowid = (SELECT entry_id FROM log_item WHERE id = NEW.log_item_id);
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text
    WHERE id = (SELECT entry_id FROM log_item WHERE id = NEW.log_item_id);
END;
CREATE TRIGGER log_side_effect_fts_delete AFTER DELETE ON log_side_effect BEGIN
  DELETE FROM entry_fts WHERE rowid = (SELECT entry_id FROM log_item WHERE id = OLD.log_item_id);
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text
    WHERE id = (SELECT entry_id FROM log_item WHERE id = OLD.log_item_id);
END;

CREATE TRIGGER entry_tag_fts_insert AFTER INSERT ON entry_tag BEGIN
  DELETE FROM entry_fts WHERE rowid = NEW.entry_id;
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = NEW.entry_id;
END;
CREATE TRIGGER entry_tag_fts_delete AFTER DELETE ON entry_tag BEGIN
  DELETE FROM entry_fts WHERE rowid = OLD.entry_id;
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text WHERE id = OLD.entry_id;
END;
CREATE TRIGGER tag_fts_update AFTER UPDATE OF name ON tag BEGIN
  DELETE FROM entry_fts WHERE rowid IN (SELECT entry_id FROM entry_tag WHERE tag_id = NEW.id);
  INSERT INTO entry_fts(rowid, note, log, tags) SELECT id, note, log, tags FROM entry_search_text
    WHERE id IN (SELECT entry_id FROM entry_tag WHERE tag_id = NEW.id);
END;

CREATE TRIGGER routine_fts_insert AFTER INSERT ON routine BEGIN
  INSERT INTO routine_fts(rowid, kind, name, details, frequency) VALUES (NEW.id, NEW.kind, NEW.name, NEW.details, NEW.frequency);
END;
CREATE TRIGGER routine_fts_update AFTER UPDATE ON routine BEGIN
  DELETE FROM routine_fts WHERE rowid = OLD.id;
  INSERT INTO routine_fts(rowid, kind, name, details, frequency) VALUES (NEW.id, NEW.kind, NEW.name, NEW.details, NEW.frequency);
END;
CREATE TRIGGER routine_fts_delete AFTER DELETE ON routine BEGIN
  DELETE FROM routine_fts WHERE rowid = OLD.id;
END;
