-- The journal: dated entries with a note, and the photos imported into them.
CREATE TABLE entry (
  id          INTEGER PRIMARY KEY,
  entry_date  TEXT    NOT NULL UNIQUE,          -- ISO yyyy-MM-dd, one entry per day
  note        TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  deleted_at  TEXT                              -- set while a deletion can still be undone
);

CREATE TABLE photo (
  id             INTEGER PRIMARY KEY,
  entry_id       INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  sha256         TEXT    NOT NULL UNIQUE,
  ext            TEXT    NOT NULL,               -- extension of the stored original (jpg, png, ...)
  original_name  TEXT    NOT NULL,
  byte_size      INTEGER NOT NULL,
  taken_at       TEXT,                           -- ISO local date-time, or offset date-time when EXIF gives an offset
  date_source    TEXT    NOT NULL CHECK (date_source IN ('exif','file','manual')),
  width          INTEGER NOT NULL,               -- upright (orientation applied)
  height         INTEGER NOT NULL,
  orientation    INTEGER NOT NULL DEFAULT 1,     -- EXIF orientation 1..8
  region         TEXT    NOT NULL,
  imported_at    TEXT    NOT NULL,
  deleted_at     TEXT                            -- set while a deletion can still be undone
);
CREATE INDEX photo_entry ON photo(entry_id);
CREATE INDEX photo_region ON photo(region, taken_at);

-- Non-destructive manual alignment of a photo onto a reference photo.
CREATE TABLE alignment (
  id                  INTEGER PRIMARY KEY,
  photo_id            INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
  reference_photo_id  INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
  dx                  REAL    NOT NULL DEFAULT 0,  -- fraction of the reference width
  dy                  REAL    NOT NULL DEFAULT 0,  -- fraction of the reference height
  scale               REAL    NOT NULL DEFAULT 1,
  rotation_deg        REAL    NOT NULL DEFAULT 0,
  updated_at          TEXT    NOT NULL,
  UNIQUE (photo_id, reference_photo_id)
);

CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
