package org.frontline.actors;

/** ACLED's generic actors, which exist for every country, with their inter codes and side. */
public enum GenericKind {
    MILITARY("Military Forces of %s", 1, "government"),
    POLICE("Police Forces of %s", 1, "government"),
    PROTESTERS("Protesters (%s)", 6, "protesters"),
    RIOTERS("Rioters (%s)", 5, "rioters"),
    CIVILIANS("Civilians (%s)", 7, "civilian"),
    UNIDENTIFIED_ARMED_GROUP("Unidentified Armed Group (%s)", 3, "unknown"),
    /** Tribesmen in arms whose tribe the report does not name ("tribal militias" in Al Bayda or Deir-ez-Zor). */
    UNIDENTIFIED_TRIBAL_MILITIA("Unidentified Tribal Militia (%s)", 4, "unknown"),
    /** Criminal groups ACLED does not name (Mexico's and Brazil's drive-by killings, "gang members"). */
    UNIDENTIFIED_GANG("Unidentified Gang (%s)", 3, "criminal");

    private final String pattern;
    private final int inter;
    private final String side;
    /** {@link #key}, made once: every generic hit asks it. */
    private final String key;

    GenericKind(String pattern, int inter, String side) {
        this.pattern = pattern;
        this.inter = inter;
        this.side = side;
        this.key = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** State forces carry the regime's years and take "the" before some country names. */
    public boolean stateForces() {
        return this == MILITARY || this == POLICE;
    }

    public int inter() {
        return inter;
    }

    public String side() {
        return side;
    }

    /** The pattern with the country in place of its one %s (as String.format, without parsing the pattern). */
    String format(String country) {
        return pattern.replace("%s", String.valueOf(country));
    }

    /** The YAML key: "military", "unidentified_armed_group". */
    public String key() {
        return key;
    }

    public static GenericKind ofKey(String key) {
        for (GenericKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown generic actor kind '" + key + "'");
    }
}
