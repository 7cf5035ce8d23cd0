package org.frontline.actors;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.frontline.YamlNode;

/**
 * Reads the catalog's YAML files. A file may hold a country's {@code actors} (with {@code country} at the top),
 * and/or the generic part: {@code countries} (names, adjectives, regimes) and {@code patterns} (trigger phrases per
 * generic kind, "{adj}" standing for any country adjective). Unknown keys are errors, so typos do not pass silently;
 * an error names the file and line ({@link YamlNode}).
 */
final class CatalogFiles {
    private static final Set<String> FILE_KEYS = Set.of("country", "actors", "countries", "patterns");
    private static final Set<String> ACTOR_KEYS = Set.of("id", "name", "side", "inter", "country", "state",
            "stands_for", "aliases", "local_aliases", "renamed_to", "renamed_on", "merged_into", "member_of", "founded",
            "before", "acled_seen", "note");
    private static final Set<String> LINK_KEYS = Set.of("id", "from", "until");
    private static final Set<String> COUNTRY_KEYS = Set.of("iso2", "name", "the", "adjectives", "regimes");
    private static final Set<String> REGIME_KEYS = Set.of("years", "suffix", "from", "until");

    /** What one file contributes. */
    record Contents(List<ActorEntry> actors, List<Country> countries, Map<GenericKind, List<String>> patterns) {
    }

    private CatalogFiles() {
    }

    /**
     * @param what the file's name in errors, which read "WHAT line N: problem"
     */
    static Contents read(InputStream in, String what) {
        YamlNode file = YamlNode.read(in, what).requireKeys(FILE_KEYS);
        String fileCountry = file.get("country").text();
        List<ActorEntry> actors = new ArrayList<>();
        for (YamlNode a : file.get("actors").items()) {
            actors.add(checked(a, () -> actor(a.requireKeys(ACTOR_KEYS), fileCountry)));
        }
        List<Country> countries = new ArrayList<>();
        for (YamlNode c : file.get("countries").items()) {
            countries.add(checked(c, () -> country(c.requireKeys(COUNTRY_KEYS))));
        }
        Map<GenericKind, List<String>> patterns = new EnumMap<>(GenericKind.class);
        YamlNode ps = file.get("patterns");
        for (String key : ps.keys()) {
            YamlNode v = ps.get(key);
            List<String> phrases = v.texts();
            if (phrases == null) {
                throw v.error("generic kind '" + key + "' has no patterns");
            }
            patterns.put(checked(v, () -> GenericKind.ofKey(key)), List.copyOf(phrases));
        }
        return new Contents(actors, countries, patterns);
    }

    /** {@code make}'s value; a value it refuses is an error at {@code at}'s line. */
    private static <T> T checked(YamlNode at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at.error("invalid entry: " + e.getMessage());
        }
    }

    private static ActorEntry actor(YamlNode a, String fileCountry) {
        String own = a.get("country").text();
        String country = own != null ? own : fileCountry;
        List<Link> members = new ArrayList<>();
        for (YamlNode l : a.get("member_of").items()) {
            members.add(link(l));
        }
        Integer inter = a.get("inter").integer();
        String standsFor = a.get("stands_for").text();
        YamlNode merged = a.get("merged_into");
        return new ActorEntry(a.get("id").text(), a.get("name").text(), a.get("side").text(), inter == null ? 0 : inter,
                country, a.get("state").text(), standsFor == null ? null : GenericKind.ofKey(standsFor),
                a.get("aliases").texts(), a.get("local_aliases").texts(), a.get("renamed_to").text(),
                date(a.get("renamed_on")), merged.isAbsent() ? null : link(merged), members, date(a.get("founded")),
                a.get("before").text(), Boolean.TRUE.equals(a.get("acled_seen").flag()), a.get("note").text());
    }

    private static Country country(YamlNode c) {
        List<Regime> regimes = new ArrayList<>();
        for (YamlNode r : c.get("regimes").items()) {
            r.requireKeys(REGIME_KEYS);
            regimes.add(new Regime(r.get("years").text(), r.get("suffix").text(), date(r.get("from")),
                    date(r.get("until"))));
        }
        return new Country(c.get("iso2").text(), c.get("name").text(), Boolean.TRUE.equals(c.get("the").flag()),
                c.get("adjectives").texts(), regimes);
    }

    private static Link link(YamlNode l) {
        l.requireKeys(LINK_KEYS);
        return new Link(l.get("id").text(), date(l.get("from")), date(l.get("until")));
    }

    private static LocalDate date(YamlNode n) {
        String s = n.text();
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw n.error("'" + s + "' is not a date (YYYY-MM-DD)");
        }
    }
}
