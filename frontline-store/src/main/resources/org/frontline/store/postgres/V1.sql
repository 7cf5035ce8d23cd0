CREATE EXTENSION IF NOT EXISTS postgis;
-- Articles in ingest order (seq); id is "sha256:" of the body, which is what makes put idempotent.
CREATE TABLE articles (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  input_id TEXT, source TEXT, published TEXT, language TEXT, title TEXT,
  body TEXT NOT NULL,
  extraction TEXT NOT NULL,
  events INTEGER NOT NULL,
  ingested TEXT NOT NULL
);
CREATE INDEX articles_text ON articles USING gin (to_tsvector('simple', body));
-- day_first/day_last: the epoch days the event may fall on (EventDays); json: the event as the pipeline coded it.
CREATE TABLE events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  rank INTEGER NOT NULL,
  event_type TEXT, sub_event_type TEXT,
  event_date TEXT, day_first INTEGER, day_last INTEGER,
  place_id TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  notes TEXT,
  json TEXT NOT NULL,
  geom geometry(Point, 4326) GENERATED ALWAYS AS
    (CASE WHEN lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED,
  UNIQUE (article_id, rank)
);
CREATE INDEX events_days ON events (day_first, day_last);
CREATE INDEX events_type ON events (event_type, sub_event_type);
CREATE INDEX events_place ON events (place_id);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_text ON events USING gin (to_tsvector('simple', coalesce(notes, '')));
CREATE TABLE event_actors (
  name_key TEXT NOT NULL, event_id BIGINT NOT NULL REFERENCES events(id), name TEXT NOT NULL,
  PRIMARY KEY (name_key, event_id)
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE TABLE event_sources (
  name_key TEXT NOT NULL, event_id BIGINT NOT NULL REFERENCES events(id), name TEXT NOT NULL,
  PRIMARY KEY (name_key, event_id)
);
