package org.frontline.fusion;

import java.time.LocalDate;
import org.frontline.events.Event;
import org.frontline.events.Location;

/**
 * How far fusion looks: {@link CompatibilityFuser} only joins or contests two reports that {@link #between} holds
 * for (the same or a near place on overlapping days). Fusing a set of reports is therefore the union of fusing each
 * connected component of this relation on its own, which is what lets a store fuse a new report against the few
 * stored reports within {@link #KM} km or in its district on overlapping days, instead of the whole store, and get
 * what fusing everything at once gives.
 */
public final class Reach {
    /** Two located reports further apart than this are near only when they share a district. */
    public static final double KM = 10;
    private static final double KM_PER_DEGREE = 111.19;

    /** Half the height, in degrees of latitude, of a box around a place that holds everything within {@link #KM}. */
    public static double latDegrees() {
        return KM / KM_PER_DEGREE * 1.01;
    }

    /** Half the width, in degrees of longitude at {@code lat}, of that box (capped at 180 near the poles). */
    public static double lonDegrees(double lat) {
        return Math.min(180, latDegrees() / Math.max(0.01, Math.cos(Math.toRadians(lat))));
    }

    private Reach() {
    }

    /** The same or a near place ({@link Reading#near}) on overlapping days at each report's precision. */
    public static boolean between(Event a, Event b) {
        return between(Window.of(a), a.location(), Window.of(b), b.location());
    }

    /** {@link #between} two events whose windows ({@link Window#of}) are {@code wa} and {@code wb}. */
    static boolean between(Window wa, Location a, Window wb, Location b) {
        return wa != null && wb != null && wa.overlaps(wb) && Reading.near(a, b);
    }

    /** The first day the event may fall on; null for an undated event. */
    public static LocalDate firstDay(Event e) {
        Window w = Window.of(e);
        return w == null ? null : w.from();
    }

    /** The last day the event may fall on; null for an undated event. */
    public static LocalDate lastDay(Event e) {
        Window w = Window.of(e);
        return w == null ? null : w.to();
    }

    /** The district a report's place lies in ("SY|Aleppo|As-Safira"), near anything placed in it; null if unknown. */
    public static String district(Location l) {
        return l == null || l.admin1() == null || l.admin2() == null ? null
                : l.country() + "|" + l.admin1() + "|" + l.admin2();
    }
}
