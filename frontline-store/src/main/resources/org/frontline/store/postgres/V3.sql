-- Stored, incremental fusion (issue 7). reports: each event as fusion reads it (outlet, published, excerpt,
-- settlements), its district for the candidate search, the fused event it belongs to, and its component: the
-- reports linked to it by chains of reports within fusion's reach (closed, so a new report only needs its own
-- neighbours and their components).
CREATE TABLE reports (
  event_id BIGINT PRIMARY KEY REFERENCES events(id),
  fused_id TEXT NOT NULL,
  component TEXT NOT NULL,
  district TEXT, day_first INTEGER, day_last INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX reports_fused ON reports (fused_id);
CREATE INDEX reports_component ON reports (component);
CREATE INDEX reports_district ON reports (district, day_first);
-- fused: one row per fused event, in the fuser's order (date text, place name, id); json is the API's object.
CREATE TABLE fused (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  sort_date TEXT COLLATE "C" NOT NULL, place_name TEXT COLLATE "C" NOT NULL,
  day_first INTEGER, day_last INTEGER, lon DOUBLE PRECISION, lat DOUBLE PRECISION,
  contested INTEGER NOT NULL,
  gap TEXT,
  json TEXT NOT NULL
);
CREATE INDEX fused_order ON fused (sort_date, place_name, id);
CREATE INDEX fused_days ON fused (day_first);
CREATE INDEX fused_contested ON fused (contested, sort_date, place_name, id);
CREATE INDEX fused_gap ON fused (id) WHERE gap IS NOT NULL;
-- fused_counts: how many fused events there are, and contested ones, so an unfiltered page's total is no count(*).
CREATE TABLE fused_counts (total BIGINT NOT NULL, contested BIGINT NOT NULL);
INSERT INTO fused_counts (total, contested) VALUES (0, 0);
-- control_claims: what each fused event says about who holds which place from which day.
CREATE TABLE control_claims (
  fused_id TEXT NOT NULL, place_id TEXT NOT NULL, place_key TEXT NOT NULL, place_name TEXT COLLATE "C" NOT NULL,
  day_from INTEGER NOT NULL, sort_date TEXT COLLATE "C" NOT NULL, json TEXT NOT NULL
);
CREATE INDEX control_place ON control_claims (place_id, day_from);
CREATE INDEX control_key ON control_claims (place_key);
CREATE INDEX control_fused ON control_claims (fused_id);
-- Located, dated fused events as 3-D segments (lon, lat, days), as events_span does for events.
CREATE INDEX fused_span ON fused USING gist
  ((ST_MakeLine(ST_MakePoint(lon, lat, day_first), ST_MakePoint(lon, lat, day_last))) gist_geometry_ops_nd)
  WHERE lon IS NOT NULL AND day_first IS NOT NULL;
