package org.frontline.gazetteer;

import org.frontline.FrontlineException;

/**
 * One row of the GeoNames "geoname" table (19 tab-separated columns: geonameid, name, asciiname, alternatenames,
 * latitude, longitude, feature class, feature code, country code, cc2, admin1 … admin4 codes, population, elevation,
 * dem, timezone, modification date). Parsing fails with a {@link FrontlineException} whose message starts with the
 * GeoNames name of the bad field ("latitude: …"), so the importer can say file:line:field.
 */
record GeoNamesRow(int id, String name, String asciiName, String alternateNames, double lat, double lon,
                   String featureClass, String featureCode, String country, String admin1Code, String admin2Code,
                   long population) {

    /** The columns of a line, split on tabs; fails when there are not exactly {@code expected}. */
    static String[] columns(String line, int expected) {
        String[] f = new String[expected];
        int start = 0;
        for (int i = 0; i < expected - 1; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                throw new FrontlineException("columns: expected " + expected + ", got " + (i + 1));
            }
            f[i] = line.substring(start, tab);
            start = tab + 1;
        }
        if (line.indexOf('\t', start) >= 0) {
            throw new FrontlineException("columns: expected " + expected + ", got more");
        }
        f[expected - 1] = line.substring(start);
        return f;
    }

    /** The feature class of a line without splitting it all: the text between the 6th and 7th tab, or "". */
    static String featureClassOf(String line) {
        int start = 0;
        for (int i = 0; i < 6; i++) {
            start = line.indexOf('\t', start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = line.indexOf('\t', start);
        return end < 0 ? "" : line.substring(start, end);
    }

    static GeoNamesRow parse(String line) {
        String[] f = columns(line, GeoNamesFile.PLACE_COLUMNS);
        int id = positiveInt("geonameid", f[0]);
        if (f[1].isBlank()) {
            throw new FrontlineException("name: empty");
        }
        double lat = coordinate("latitude", f[4], 90);
        double lon = coordinate("longitude", f[5], 180);
        if (f[6].length() != 1) {
            throw new FrontlineException("feature class: not one letter: '" + f[6] + "'");
        }
        long population = f[14].isEmpty() ? 0 : nonNegativeLong("population", f[14]);
        return new GeoNamesRow(id, f[1].strip(), f[2], f[3], lat, lon, f[6], emptyToNull(f[7]), emptyToNull(f[8]),
                emptyToNull(f[10]), emptyToNull(f[11]), population);
    }

    static int positiveInt(String field, String s) {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the field name, the only useful part
        }
        throw new FrontlineException(field + ": not a positive integer: '" + s + "'");
    }

    private static long nonNegativeLong(String field, String s) {
        try {
            long v = Long.parseLong(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the field name
        }
        throw new FrontlineException(field + ": not a non-negative integer: '" + s + "'");
    }

    private static double coordinate(String field, String s, double limit) {
        try {
            double v = Double.parseDouble(s);
            if (v >= -limit && v <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the field name
        }
        throw new FrontlineException(field + ": not a number in [-" + (int) limit + ", " + (int) limit + "]: '" + s
                + "'");
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
