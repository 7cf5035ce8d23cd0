package org.frontline.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.FrontlineException;

/**
 * Reads the catalog's YAML files. A file may hold a country's {@code actors} (with {@code country} at the top),
 * and/or the generic part: {@code countries} (names, adjectives, regimes) and {@code patterns} (trigger phrases per
 * generic kind, "{adj}" standing for any country adjective). Unknown keys are errors, so typos do not pass silently.
 */
final class CatalogFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record LinkYaml(String id, String from, String until) {
    }

    record ActorYaml(String id, String name, String side, Integer inter, String country, String state,
                     String standsFor, List<String> aliases, List<String> localAliases, String renamedTo,
                     String renamedOn, LinkYaml mergedInto, List<LinkYaml> memberOf, String founded, String before,
                     Boolean acledSeen, String note) {
    }

    record RegimeYaml(String years, String suffix, String from, String until) {
    }

    record CountryYaml(String iso2, String name, Boolean the, List<String> adjectives, List<RegimeYaml> regimes) {
    }

    record FileYaml(String country, List<ActorYaml> actors, List<CountryYaml> countries,
                    Map<String, List<String>> patterns) {
    }

    /** What one file contributes. */
    record Contents(List<ActorEntry> actors, List<Country> countries, Map<GenericKind, List<String>> patterns) {
    }

    private CatalogFiles() {
    }

    static Contents read(InputStream in, String what) {
        FileYaml file;
        try {
            file = YAML.readValue(in, FileYaml.class);
        } catch (IOException e) {
            throw new FrontlineException("Cannot read actor catalog file " + what + ": " + e.getMessage(), e);
        }
        if (file == null) {
            return new Contents(List.of(), List.of(), Map.of());
        }
        try {
            List<ActorEntry> actors = new ArrayList<>();
            for (ActorYaml a : nullToEmpty(file.actors())) {
                actors.add(actor(a, file.country()));
            }
            List<Country> countries = new ArrayList<>();
            for (CountryYaml c : nullToEmpty(file.countries())) {
                countries.add(country(c));
            }
            Map<GenericKind, List<String>> patterns = new EnumMap<>(GenericKind.class);
            if (file.patterns() != null) {
                file.patterns().forEach((k, v) -> patterns.put(GenericKind.ofKey(k), List.copyOf(v)));
            }
            return new Contents(actors, countries, patterns);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FrontlineException("Invalid entry in actor catalog file " + what + ": " + e.getMessage(), e);
        }
    }

    private static ActorEntry actor(ActorYaml a, String fileCountry) {
        String country = a.country() != null ? a.country() : fileCountry;
        List<Link> members = new ArrayList<>();
        for (LinkYaml l : nullToEmpty(a.memberOf())) {
            members.add(link(l));
        }
        return new ActorEntry(a.id(), a.name(), a.side(), a.inter() == null ? 0 : a.inter(), country, a.state(),
                a.standsFor() == null ? null : GenericKind.ofKey(a.standsFor()), a.aliases(), a.localAliases(),
                a.renamedTo(), date(a.renamedOn()), a.mergedInto() == null ? null : link(a.mergedInto()), members,
                date(a.founded()), a.before(), Boolean.TRUE.equals(a.acledSeen()), a.note());
    }

    private static Country country(CountryYaml c) {
        List<Regime> regimes = new ArrayList<>();
        for (RegimeYaml r : nullToEmpty(c.regimes())) {
            regimes.add(new Regime(r.years(), r.suffix(), date(r.from()), date(r.until())));
        }
        return new Country(c.iso2(), c.name(), Boolean.TRUE.equals(c.the()), c.adjectives(), regimes);
    }

    private static Link link(LinkYaml l) {
        return new Link(l.id(), date(l.from()), date(l.until()));
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
