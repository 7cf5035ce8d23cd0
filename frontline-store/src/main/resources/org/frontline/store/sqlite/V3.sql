-- Control claims carry their fused event's position, indexed with the claim's day, so the claims in a map view up
-- to a day are a range scan over the claims themselves (not over every fused event in the view, of which most
-- hand no place to anyone).
ALTER TABLE control_claims ADD COLUMN lon REAL;
ALTER TABLE control_claims ADD COLUMN lat REAL;
UPDATE control_claims SET lon = (SELECT f.lon FROM fused f WHERE f.id = control_claims.fused_id),
  lat = (SELECT f.lat FROM fused f WHERE f.id = control_claims.fused_id);
CREATE INDEX control_box ON control_claims (lon, lat, day_from, place_id);
