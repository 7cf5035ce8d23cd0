-- Articles in ingest order (seq); id is "sha256:" of the body, which is what makes put idempotent.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  input_id TEXT, source TEXT, published TEXT, language TEXT, title TEXT,
  body TEXT NOT NULL,
  extraction TEXT NOT NULL,
  events INTEGER NOT NULL,
  ingested TEXT NOT NULL
);
-- day_first/day_last: the epoch days the event may fall on (EventDays); json: the event as the pipeline coded it.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  rank INTEGER NOT NULL,
  event_type TEXT, sub_event_type TEXT,
  event_date TEXT, day_first INTEGER, day_last INTEGER,
  place_id TEXT, lat REAL, lon REAL,
  notes TEXT,
  json TEXT NOT NULL,
  UNIQUE (article_id, rank)
);
CREATE INDEX events_days ON events (day_first, day_last);
CREATE INDEX events_type ON events (event_type, sub_event_type);
CREATE INDEX events_place ON events (place_id);
CREATE TABLE event_actors (
  name_key TEXT NOT NULL, event_id INTEGER NOT NULL REFERENCES events(id), name TEXT NOT NULL,
  PRIMARY KEY (name_key, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE TABLE event_sources (
  name_key TEXT NOT NULL, event_id INTEGER NOT NULL REFERENCES events(id), name TEXT NOT NULL,
  PRIMARY KEY (name_key, event_id)
) WITHOUT ROWID;
-- Located events: lon, lat and days in one R-tree, so a map view over a period is one index probe.
CREATE VIRTUAL TABLE event_box USING rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
CREATE VIRTUAL TABLE event_text USING fts5 (notes, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE article_text USING fts5 (body, content='', tokenize='unicode61 remove_diacritics 2');
