package org.frontline.store;

/** A lon/lat box in WGS84 degrees, west/south/east/north as in GeoJSON's bbox; no antimeridian crossing. */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new IllegalArgumentException("bbox west/east must satisfy -180 <= west <= east <= 180");
        }
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException("bbox south/north must satisfy -90 <= south <= north <= 90");
        }
    }

    /** Parses "west,south,east,north". */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be west,south,east,north, got '" + text + "'");
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be four numbers, got '" + text + "'", e);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }
}
