package org.frontline.actors;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontline.FrontlineException;
import org.frontline.text.Words;

/**
 * The actors Frontline knows, with ACLED's names, sides and inter codes, their dated renames, mergers and
 * coalitions, and ACLED's generic actors for any country. Loaded from YAML (see {@link CatalogFiles}); the bundled
 * files are listed in {@code org/frontline/actors/index.txt}. Immutable and thread-safe.
 *
 * <p>Resolution at a date follows renames and mergers, not coalition memberships: on 2018-01-01 "Jabhat al-Nusra"
 * is Hayat Tahrir al-Sham (renamed to Jabhat Fatah al-Sham, then merged into HTS), while Faylaq al-Sham stays
 * Faylaq al-Sham inside the National Liberation Front, as ACLED keeps coding members under their own names;
 * {@link #coalitions} gives the fronts they belong to.
 */
public final class ActorCatalog {
    private static final String RESOURCES = "/org/frontline/actors/";
    private static final int MAX_HOPS = 12;

    private final Map<String, ActorEntry> byId;
    private final Map<String, Country> countries;
    /** The countries in table order, once: recognisers walk them for every state-forces mention. */
    private final List<Country> countryList;
    private final Map<GenericKind, List<String>> patterns;
    /** The entry standing for a generic kind, by kind and state: probed per generic hit, with no key string made. */
    private final Map<GenericKind, Map<String, ActorEntry>> standsFor;
    private final Map<String, List<ActorEntry>> byAlias;

    private ActorCatalog(List<CatalogFiles.Contents> files) {
        Map<String, ActorEntry> ids = new LinkedHashMap<>();
        Map<String, Country> cs = new LinkedHashMap<>();
        Map<GenericKind, List<String>> ps = new EnumMap<>(GenericKind.class);
        for (CatalogFiles.Contents f : files) {
            for (ActorEntry e : f.actors()) {
                if (ids.putIfAbsent(e.id(), e) != null) {
                    throw new FrontlineException("Actor id " + e.id() + " is defined twice in the catalog");
                }
            }
            f.countries().forEach(c -> cs.put(c.iso2(), c));
            f.patterns().forEach((k, v) -> ps.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.countries = Collections.unmodifiableMap(cs);
        this.countryList = List.copyOf(cs.values());
        ps.replaceAll((k, v) -> List.copyOf(v));
        this.patterns = Collections.unmodifiableMap(ps);
        this.standsFor = indexStandsFor(ids.values());
        this.byAlias = indexAliases(ids.values());
        checkLinks();
    }

    /** The catalog shipped in the jar. */
    public static ActorCatalog loadBundled() {
        List<CatalogFiles.Contents> files = new ArrayList<>();
        bundledFiles().forEach((name, bytes) -> files.add(CatalogFiles.read(new ByteArrayInputStream(bytes), name)));
        return new ActorCatalog(files);
    }

    /** The bundled catalog files' bytes by name, in the order of index.txt: what the catalog is read from. */
    static Map<String, byte[]> bundledFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : bundledFileNames()) {
            try (InputStream in = ActorCatalog.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new FrontlineException("Actor catalog file " + name + " is listed in index.txt but missing");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new FrontlineException("Cannot read bundled actor catalog file " + name, e);
            }
        }
        return files;
    }

    /** A catalog of what was read from one file (or a snapshot of a whole catalog). */
    static ActorCatalog of(CatalogFiles.Contents contents) {
        return new ActorCatalog(List.of(contents));
    }

    /** A catalog from YAML streams (country files and generic files, in any order); the caller closes them. */
    public static ActorCatalog load(List<InputStream> yamlFiles) {
        List<CatalogFiles.Contents> files = new ArrayList<>();
        for (int i = 0; i < yamlFiles.size(); i++) {
            files.add(CatalogFiles.read(yamlFiles.get(i), "actor catalog file #" + (i + 1)));
        }
        return new ActorCatalog(files);
    }

    public Optional<ActorEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All entries in file order. */
    public List<ActorEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The entries of one country file ("SY"). */
    public List<ActorEntry> entries(String iso2) {
        return byId.values().stream().filter(e -> e.country().equals(iso2)).toList();
    }

    /**
     * Entries named or aliased {@code phrase} (any case, accents, hyphenation), for mapping names from outside
     * (gold files, ACLED rows) onto the catalog; several when countries share a name ("Daech").
     */
    public List<ActorEntry> byAlias(String phrase) {
        return byAlias.getOrDefault(Words.key(phrase), List.of());
    }

    /** The entry an id names on {@code date}, after renames and mergers. */
    public ActorEntry resolveEntry(String id, LocalDate date) {
        ActorEntry e = require(id);
        LocalDate d = date == null ? LocalDate.now() : date;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String next = e.nextOn(d);
            if (next == null) {
                return e;
            }
            e = require(next);
        }
        throw new FrontlineException("Actor " + id + " does not resolve on " + d + ": renames or mergers form a cycle");
    }

    /** {@link #resolveEntry} as an ActorRef, as coded in no particular country's article. */
    public ActorRef resolve(String id, LocalDate date) {
        return resolveEntry(id, date).ref();
    }

    /**
     * As {@link #resolve(String, LocalDate)}, seen from an article about {@code articleCountry} (nullable): state
     * forces are inter 1 and side "government" at home, inter 8 abroad (Russia's forces in Syria).
     */
    public ActorRef resolve(String id, LocalDate date, String articleCountry) {
        return inContext(resolveEntry(id, date), articleCountry);
    }

    /** The coalitions (fronts, operation rooms) {@code id} belongs to on {@code date}, after resolving it. */
    public List<ActorEntry> coalitions(String id, LocalDate date) {
        LocalDate d = date == null ? LocalDate.now() : date;
        return resolveEntry(id, d).memberOf().stream().filter(l -> l.holdsOn(d)).map(l -> require(l.id())).toList();
    }

    /**
     * ACLED's generic actor of a kind for a country: the catalog entry that stands for it when there is one
     * ("military" of SY is sy.military), otherwise built from the country table ("Police Forces of Iraq (2018-)",
     * id "generic.police:IQ"); for a country missing from the table, the ISO code stands in for its name.
     *
     * @param articleCountry nullable; state forces of another country than the article's are external (inter 8)
     */
    public ActorRef generic(GenericKind kind, String iso2, LocalDate date, String articleCountry) {
        String code = iso2.toUpperCase(Locale.ROOT);
        ActorEntry entry = standsFor.getOrDefault(kind, Map.of()).get(code);
        if (entry != null) {
            return inContext(entry, articleCountry);
        }
        LocalDate d = date == null ? LocalDate.now() : date;
        Country c = countries.get(code);
        String name = c == null ? kind.format(code) : c.genericName(kind, d);
        ActorRef ref = new ActorRef("generic." + kind.key() + ":" + code, name, kind.side(), kind.inter(), code);
        boolean abroad = kind.stateForces() && articleCountry != null && !articleCountry.equalsIgnoreCase(code);
        return abroad ? new ActorRef(ref.id(), ref.name(), "foreign", 8, code) : ref;
    }

    public ActorRef military(String iso2, LocalDate date) {
        return generic(GenericKind.MILITARY, iso2, date, iso2);
    }

    public ActorRef police(String iso2, LocalDate date) {
        return generic(GenericKind.POLICE, iso2, date, iso2);
    }

    public ActorRef protesters(String iso2) {
        return generic(GenericKind.PROTESTERS, iso2, null, iso2);
    }

    public ActorRef rioters(String iso2) {
        return generic(GenericKind.RIOTERS, iso2, null, iso2);
    }

    public ActorRef civilians(String iso2) {
        return generic(GenericKind.CIVILIANS, iso2, null, iso2);
    }

    public ActorRef unidentifiedArmedGroup(String iso2) {
        return generic(GenericKind.UNIDENTIFIED_ARMED_GROUP, iso2, null, iso2);
    }

    public ActorRef unidentifiedGang(String iso2) {
        return generic(GenericKind.UNIDENTIFIED_GANG, iso2, null, iso2);
    }

    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    public List<Country> countries() {
        return countryList;
    }

    /** Trigger phrases of each generic kind, "{adj}" standing for any country adjective, "{name}" for its name. */
    public Map<GenericKind, List<String>> patterns() {
        return patterns;
    }

    ActorRef inContext(ActorEntry e, String articleCountry) {
        if (e.state() == null || articleCountry == null) {
            return e.ref();
        }
        return e.state().equalsIgnoreCase(articleCountry)
                ? new ActorRef(e.id(), e.name(), "government", 1, e.country())
                : new ActorRef(e.id(), e.name(), e.side(), 8, e.country());
    }

    private ActorEntry require(String id) {
        ActorEntry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no actor '" + id + "' in the catalog");
        }
        return e;
    }

    private void checkLinks() {
        for (ActorEntry e : byId.values()) {
            List<String> targets = new ArrayList<>();
            if (e.renamedTo() != null) {
                targets.add(e.renamedTo());
            }
            if (e.mergedInto() != null) {
                targets.add(e.mergedInto().id());
            }
            if (e.before() != null) {
                targets.add(e.before());
            }
            e.memberOf().forEach(l -> targets.add(l.id()));
            for (String t : targets) {
                if (!byId.containsKey(t)) {
                    throw new FrontlineException("Actor " + e.id() + " refers to unknown actor " + t);
                }
            }
        }
    }

    private static Map<GenericKind, Map<String, ActorEntry>> indexStandsFor(Iterable<ActorEntry> entries) {
        Map<GenericKind, Map<String, ActorEntry>> m = new EnumMap<>(GenericKind.class);
        for (ActorEntry e : entries) {
            if (e.standsFor() != null && m.computeIfAbsent(e.standsFor(), k -> new LinkedHashMap<>())
                    .putIfAbsent(e.state(), e) != null) {
                throw new FrontlineException("Two actors stand for " + e.standsFor().key() + " of " + e.state());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, List<ActorEntry>> indexAliases(Iterable<ActorEntry> entries) {
        Map<String, List<ActorEntry>> m = new LinkedHashMap<>();
        for (ActorEntry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                List<ActorEntry> list = m.computeIfAbsent(Words.key(n), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    private static List<String> bundledFileNames() {
        try (InputStream in = ActorCatalog.class.getResourceAsStream(RESOURCES + "index.txt")) {
            if (in == null) {
                throw new FrontlineException("The bundled actor catalog index " + RESOURCES + "index.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new FrontlineException("Cannot read the bundled actor catalog index", e);
        }
    }
}
