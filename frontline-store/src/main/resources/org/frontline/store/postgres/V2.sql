-- Located, dated events as 3-D segments (lon, lat, first day .. last day) under an n-D GiST: a map view over a
-- period becomes one index probe, as with SQLite's R-tree (the 2-D index and the day index ANDed cost ~4x more).
CREATE INDEX events_span ON events USING gist
  ((ST_MakeLine(ST_MakePoint(lon, lat, day_first), ST_MakePoint(lon, lat, day_last))) gist_geometry_ops_nd)
  WHERE lon IS NOT NULL AND day_first IS NOT NULL;
