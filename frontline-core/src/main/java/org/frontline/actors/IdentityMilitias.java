package org.frontline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.ResourceLines;

/**
 * Militias named after a people, a place, a clan or a tribe, which ACLED names by convention rather than keeps in a
 * list: "Fulani militias" → "Fulani Ethnic Militia (Nigeria)", "militias from Umumbo and Omor" → "Umumbo Communal
 * Militia (Nigeria)" and "Omor Communal Militia (Nigeria)", "Al Muaili tribesmen" → "Al Muaili Tribal Militia
 * (Yemen)", "the Leelkayse clan militia" → "Leelkayse Clan Militia (Somalia)". A people of {@code
 * ethnic-groups.txt} makes an ethnic militia, a place or a name the list does not know a communal one. The
 * country is the article's, so nothing is found while it is unknown. Catalog actors (Dozo, dahalo) win: a name
 * the catalog recognises is never read again here. Immutable and thread-safe.
 */
final class IdentityMilitias {
    private static final String NAME = "((?:Al[ -])?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)";
    /**
     * "Fulani militias", "Tiv and Ichen ethnic militias", "Al Muaili and Al Mahtam tribesmen". Anchored, like the
     * two below: most reports name no militia, and the regex then never runs over them.
     */
    private static final AnchoredPattern NAMED_BEFORE = AnchoredPattern.compile(NAME + "(?: and " + NAME
            + ")? (?:(ethnic|communal|clan|tribal|community) )?(militias?|militiamen|militia members|militia fighters|"
            + "tribesmen|clansmen|clan militias?|clan members)\\b");
    /** "communal militias from Odejo", "militiamen from the Leelkayse clan", "militias from Umumbo and Omor". */
    private static final AnchoredPattern NAMED_AFTER = AnchoredPattern.compile("\\b(?:communal |ethnic |armed )?"
            + "(?:militias?|militiamen|militia members) from (?:the )?" + NAME + "(?: (clan|tribe|community))?"
            + "(?: and (?:the )?" + NAME + ")?");
    /** "the Al Salih and Al Tlais families": Lebanese and Iraqi family feuds are clan militias to ACLED. */
    private static final AnchoredPattern FAMILIES = AnchoredPattern.compile("\\b(?:between )?the " + NAME
            + " and (?:the )?" + NAME + " (?:families|clans|tribes)\\b");
    /**
     * The words {@link #FAMILIES} must end with: its own anchor is " and ", in nearly every English report, so the
     * regex ran over most bodies; it now runs only over those holding one of these.
     */
    private static final AnchoredPattern FAMILY_WORDS = AnchoredPattern.compile("(?:families|clans|tribes)");
    private static final Set<String> NOT_A_NAME = Set.of("the", "local", "armed", "suspected", "rival", "some",
            "several", "two", "three", "many", "other", "these", "those", "unidentified", "unknown", "pro-government",
            "government", "islamist", "islamic", "shia", "shiite", "sunni", "christian", "muslim", "tribal", "clan",
            "youth", "youths", "village", "community", "communal", "ethnic", "self-defense", "self-defence",
            "vigilante", "on", "in", "at", "and", "but", "when", "after", "while", "a", "an", "militias");

    /**
     * A name's first word ends at a space or a hyphen; a key is the name with each run of other than letters and
     * digits made a hyphen. Compiled once: {@code String.split} and {@code replaceAll} compiled them for every name.
     */
    private static final Pattern WORD_BREAK = Pattern.compile("[ -]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> ethnicGroups = new HashSet<>();
    private final Set<String> countryWords = new HashSet<>();
    private final ActorCatalog catalog;
    /**
     * The catalog's first country of each ISO code in upper case: {@link #countryOf} asked a stream over every
     * country for each document. Null when some code is not ASCII (then only the walk answers as before).
     */
    private final Map<String, Country> byCode;

    IdentityMilitias(ActorCatalog catalog) {
        this.catalog = catalog;
        for (String line : ResourceLines.of(IdentityMilitias.class, "ethnic-groups.txt")) {
            ethnicGroups.add(line.toLowerCase(Locale.ROOT));
        }
        Map<String, Country> codes = new HashMap<>();
        boolean ascii = true;
        for (Country c : catalog.countries()) {
            countryWords.add(c.name().toLowerCase(Locale.ROOT));
            c.adjectives().forEach(a -> countryWords.add(a.toLowerCase(Locale.ROOT)));
            ascii &= ascii(c.iso2());
            codes.putIfAbsent(c.iso2().toUpperCase(Locale.ROOT), c);
        }
        this.byCode = ascii ? Map.copyOf(codes) : null;
    }

    /**
     * @param folded  the body's {@link org.frontline.text.AnalyzedText#folded()}, where the anchors are looked for
     * @param taken   mentions already found, whose spans are not read again
     * @param country ISO alpha-2 of the article's country; null finds nothing
     * @return the militias named, in text order, none overlapping {@code taken} or each other
     */
    List<ActorMention> find(String body, String folded, String country, List<ActorMention> taken) {
        List<ActorMention> out = new ArrayList<>();
        Country c = country == null ? null : countryOf(country);
        if (c == null) {
            return out;
        }
        Matcher m = NAMED_BEFORE.matcher(body, folded);
        while (m.find()) {
            String kind = kindOf(m.group(3), m.group(4));
            add(out, taken, body, m.group(1), m.start(1), m.end(1), kind, c);
            add(out, taken, body, m.group(2), m.start(2), m.end(2), kind, c);
        }
        m = NAMED_AFTER.matcher(body, folded);
        while (m.find()) {
            String kind = kindOf(m.group(2), "");
            add(out, taken, body, m.group(1), m.start(1), m.end(1), kind, c);
            add(out, taken, body, m.group(3), m.start(3), m.end(3), kind, c);
        }
        m = FAMILY_WORDS.mayMatchFolded(folded) ? FAMILIES.matcher(body, folded) : null;
        while (m != null && m.find()) {
            add(out, taken, body, m.group(1), m.start(1), m.end(1), "clan", c);
            add(out, taken, body, m.group(2), m.start(2), m.end(2), "clan", c);
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    /**
     * The catalog's first country whose ISO code equals {@code iso2} ignoring case. Between ASCII strings that is
     * equality of their upper cases, read from {@link #byCode}; any other string walks the countries as before.
     */
    Country countryOf(String iso2) {
        if (byCode != null && ascii(iso2)) {
            return byCode.get(iso2.toUpperCase(Locale.ROOT));
        }
        return catalog.countries().stream().filter(x -> x.iso2().equalsIgnoreCase(iso2)).findFirst().orElse(null);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The kind the words say ("ethnic", "tribesmen", "clan"), else null: the name decides. */
    private static String kindOf(String qualifier, String noun) {
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        String n = noun == null ? "" : noun.toLowerCase(Locale.ROOT);
        if (n.startsWith("tribesmen") || q.equals("tribal") || q.equals("tribe")) {
            return "tribal";
        }
        if (n.startsWith("clan") || q.equals("clan")) {
            return "clan";
        }
        return q.equals("ethnic") || q.equals("communal") ? q : q.equals("community") ? "communal" : null;
    }

    private void add(List<ActorMention> out, List<ActorMention> taken, String body, String name, int start, int end,
                     String kind, Country c) {
        if (name == null || overlaps(taken, start, end) || overlaps(out, start, end)) {
            return;
        }
        String first = WORD_BREAK.split(name)[0].toLowerCase(Locale.ROOT);
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_A_NAME.contains(first) || NOT_A_NAME.contains(lower) || countryWords.contains(lower)
                || countryWords.contains(first) || name.equals(name.toUpperCase(Locale.ROOT))) {
            return;
        }
        boolean people = ethnicGroups.contains(lower);
        String k = kind == null || kind.equals("communal") && people ? (people ? "ethnic" : "communal") : kind;
        String label = switch (k) {
            case "ethnic" -> "Ethnic Militia";
            case "tribal" -> "Tribal Militia";
            case "clan" -> "Clan Militia";
            default -> "Communal Militia";
        };
        String actorName = name.replace('’', '\'') + " " + label + " (" + c.name() + ")";
        String key = NOT_ALPHANUMERIC.matcher(lower).replaceAll("-");
        String id = "identity." + k + ":" + key + ":" + c.iso2();
        // each community's militia is its own side: two of them fighting are the two sides of a clash
        out.add(new ActorMention(name, start, end, new ActorRef(id, actorName, "community:" + key, 4, c.iso2()),
                null));
    }

    private static boolean overlaps(List<ActorMention> list, int start, int end) {
        for (ActorMention m : list) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
