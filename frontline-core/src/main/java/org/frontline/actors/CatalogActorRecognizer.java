package org.frontline.actors;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.AnchoredPattern;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Words;

/**
 * Finds actors by matching the catalog's names and aliases, and the generic trigger phrases ("l'armée syrienne",
 * "Iraqi police", "manifestants"), over the body with {@link PhraseMatcher}: whole words, longest match, case and
 * accents ignored (acronyms excepted), unseen transliterations caught through the fold key when capitalized.
 * Local aliases ("Military Police") count only in articles about their actor's country.
 * A phrase without a country ("l'armée", "government forces") means the article's country and is skipped when
 * that is unknown. Names are resolved at the article's date: "front al-Nosra" in 2018 is Hayat Tahrir al-Sham,
 * with {@code named} Jabhat al-Nusra. A French definite article "l'" written against the name joins the mention.
 * Works on the body string alone, so it does not depend on the tokenizer. Immutable and thread-safe.
 */
public final class CatalogActorRecognizer implements ActorRecognizer {
    private static final int MIN_FOLD_CONSONANTS = 4;

    /** What a phrase stands for. */
    private sealed interface Target permits CatalogTarget, GenericTarget {
    }

    /** @param local true for a local alias, which counts only in articles about {@code country} */
    private record CatalogTarget(String id, String country, boolean local) implements Target {
    }

    /** @param iso2 null for phrases that mean the article's country */
    private record GenericTarget(GenericKind kind, String iso2) implements Target {
    }

    private final ActorCatalog catalog;
    private final PhraseMatcher<Target> matcher;
    private final IdentityMilitias identityMilitias;
    /**
     * The catalog's countries by their name's first char, each list in the catalog's order: "forces of India and X"
     * walks only the countries whose name can begin at X (the first in catalog order wins, as in a walk over all).
     */
    private final Map<Character, List<Country>> byFirstChar;
    /**
     * This thread's last text and its phrase hits. The pipeline recognises each text twice, before and after the
     * geoparser names its country, and the hits (most of the cost) do not depend on the country: the second call
     * reuses them. Keyed by the body's identity, so a hit can only be reused for the very same characters.
     */
    private final ThreadLocal<LastText> last = new ThreadLocal<>();

    private record LastText(String body, List<PhraseMatcher.Hit<Target>> hits) {
    }

    public CatalogActorRecognizer(ActorCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        PhraseMatcher.Builder<Target> b = PhraseMatcher.<Target>builder().foldMatching(MIN_FOLD_CONSONANTS);
        for (ActorEntry e : catalog.entries()) {
            CatalogTarget t = new CatalogTarget(e.id(), e.country(), false);
            b.add(e.name(), t);
            e.aliases().forEach(a -> b.add(a, t));
            CatalogTarget local = new CatalogTarget(e.id(), e.country(), true);
            e.localAliases().forEach(a -> b.addExact(a, local));
        }
        catalog.patterns().forEach((kind, phrases) -> phrases.forEach(p -> addPattern(b, kind, p)));
        this.matcher = b.build();
        this.identityMilitias = new IdentityMilitias(catalog);
        this.byFirstChar = byFirstChar(catalog.countries());
    }

    private CatalogActorRecognizer(ActorCatalog catalog, PhraseMatcher<Target> matcher) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.identityMilitias = new IdentityMilitias(catalog);
        this.byFirstChar = byFirstChar(catalog.countries());
    }

    /** Country names are never blank ({@link Country}), so each has a first char. */
    private static Map<Character, List<Country>> byFirstChar(List<Country> countries) {
        Map<Character, List<Country>> by = new HashMap<>();
        for (Country c : countries) {
            by.computeIfAbsent(c.name().charAt(0), k -> new ArrayList<>()).add(c);
        }
        by.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(by);
    }

    /**
     * The recogniser of the bundled catalog. With a {@code snapshots} directory (the launcher's, beside the
     * gazetteer's snapshot) the catalog and the phrase tables are kept there, and later starts read them instead of
     * the YAML (see {@link ActorSnapshot}); null builds them from the YAML.
     */
    public static CatalogActorRecognizer loadBundled(Path snapshots) {
        return snapshots == null ? new CatalogActorRecognizer(ActorCatalog.loadBundled())
                : ActorSnapshot.loadBundled(snapshots);
    }

    /** The catalog whose names this recogniser finds. */
    public ActorCatalog catalog() {
        return catalog;
    }

    /** Writes the phrase tables for {@link #read}; the catalog is written by the caller. */
    void write(DataOutputStream out) throws IOException {
        matcher.write(out, (o, target) -> {
            if (target instanceof CatalogTarget ct) {
                o.writeByte(0);
                o.writeUTF(ct.id());
                o.writeUTF(ct.country());
                o.writeBoolean(ct.local());
            } else if (target instanceof GenericTarget gt) {
                o.writeByte(1);
                o.writeUTF(gt.kind().key());
                ActorSnapshot.writeString(o, gt.iso2());
            }
        });
    }

    /** The recogniser whose tables {@link #write} wrote, over the same {@code catalog}. */
    static CatalogActorRecognizer read(DataInputStream in, ActorCatalog catalog) throws IOException {
        PhraseMatcher<Target> matcher = PhraseMatcher.read(in, i -> switch (i.readByte()) {
            case 0 -> new CatalogTarget(i.readUTF(), i.readUTF(), i.readBoolean());
            case 1 -> new GenericTarget(GenericKind.ofKey(i.readUTF()), ActorSnapshot.readString(i));
            default -> throw new IOException("unknown phrase target in the actor snapshot");
        });
        return new CatalogActorRecognizer(catalog, matcher);
    }

    /** A pattern as is, or once per country adjective ("{adj}") or country name ("{name}", with "the" if taken). */
    private void addPattern(PhraseMatcher.Builder<Target> b, GenericKind kind, String pattern) {
        if (!pattern.contains("{adj}") && !pattern.contains("{name}")) {
            b.addExact(pattern, new GenericTarget(kind, null));
            return;
        }
        for (Country c : catalog.countries()) {
            GenericTarget target = new GenericTarget(kind, c.iso2());
            if (pattern.contains("{name}")) {
                b.addExact(pattern.replace("{name}", c.name()), target);
                if (c.article()) {
                    b.addExact(pattern.replace("{name}", "the " + c.name()), target);
                }
                continue;
            }
            for (String adj : c.adjectives()) {
                b.addExact(pattern.replace("{adj}", adj), target);
            }
        }
    }

    static final java.util.regex.Pattern OF_NAMED = java.util.regex.Pattern.compile(
            "\\s+(?:du groupe(?: jihadiste| djihadiste| armé| rebelle)?|de l'organisation(?: jihadiste)?|du mouvement|"
                    + "de la milice|du|de la|des|de|d'|of the|of|from the|from|belonging to the|belonging to|"
                    + "affiliated with the|affiliated with|affiliés? (?:au|à l')|membres? (?:du|de l'|de la)|"
                    + "(?:suspected|believed|thought|said|reported) to be(?: members of)?(?: the)?|identified as(?: the)?|"
                    + "pr[ée]sum[ée]s?(?: appartenir (?:au|aux|à l'|à la|à))?|soup[çc]onn[ée]s? d'appartenir (?:au|aux|à l'|à la|à)|"
                    + "suspected)\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.regex.Pattern AND_STATE = java.util.regex.Pattern.compile("\\s+(?:and|et)\\s+(?:the\\s+)?");

    @Override
    public List<ActorMention> recognize(AnalyzedText text, LocalDate date, String country) {
        String body = text.body();
        LocalDate d = date == null ? LocalDate.now() : date;
        List<ActorMention> mentions = new ArrayList<>();
        for (PhraseMatcher.Hit<Target> hit : hits(text)) {
            Target target = choose(hit.values(), country);
            if (target == null || opposes(body, hit.start())) {
                continue;
            }
            int start = withDefiniteArticle(body, hit.start());
            String surface = body.substring(start, hit.end());
            if (target instanceof CatalogTarget ct) {
                ActorEntry resolved = catalog.resolveEntry(ct.id(), d);
                ActorRef named = resolved.id().equals(ct.id()) ? null
                        : catalog.inContext(catalog.entry(ct.id()).orElseThrow(), country);
                ActorRef ref = catalog.inContext(resolved, country);
                if (country == null && manyCountries(hit.values())) {
                    ref = new ActorRef(ref.id(), ref.name(), ref.side(), ref.inter(), null);
                }
                mentions.add(new ActorMention(surface, start, hit.end(), ref, named));
            } else if (target instanceof GenericTarget gt) {
                String iso2 = gt.iso2() != null ? gt.iso2() : country;
                mentions.add(new ActorMention(surface, start, hit.end(),
                        catalog.generic(gt.kind(), iso2, d, country), null));
                ActorMention second = coordinatedState(body, hit.end(), gt.kind(), d, country);
                if (second != null) {
                    mentions.add(second);
                }
                ActorMention first = precedingState(body, start, gt.kind(), d, country);
                if (first != null) {
                    mentions.add(first);
                }
            }
        }
        dropDescribedByName(body, mentions);
        mentions.addAll(identityMilitias.find(body, text.folded(), country, mentions));
        mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return List.copyOf(mentions);
    }

    private List<PhraseMatcher.Hit<Target>> hits(AnalyzedText text) {
        String body = text.body();
        LastText known = last.get();
        if (known != null && known.body() == body) {
            return known.hits();
        }
        List<PhraseMatcher.Hit<Target>> hits = List.copyOf(matcher.find(body, text.words()));
        last.set(new LastText(body, hits));
        return hits;
    }

    /**
     * True when the words name branches of one movement in several countries ("IS militants": Islamic State in
     * Syria, Iraq, Somalia…): until the article's country is known such a name says nothing about where it is, and
     * must not pull the geoparser's country (an Iraqi town read as abroad because IS is Syrian by default).
     */
    private static boolean manyCountries(List<Target> values) {
        boolean seen = false; // a loop, not a stream's filter, distinct and count per catalog hit
        String first = null;
        for (Target t : values) {
            if (t instanceof CatalogTarget ct && !ct.local()) {
                if (!seen) {
                    seen = true;
                    first = ct.country();
                } else if (!Objects.equals(first, ct.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A catalog actor of the article's country first, then any catalog actor named by a non-local alias, then a
     * generic one with its own country, then a countryless generic one when the article's country is known.
     */
    private static Target choose(List<Target> values, String country) {
        Target firstCatalog = null;
        Target generic = null;
        Target countryless = null;
        for (Target t : values) {
            if (t instanceof CatalogTarget ct) {
                if (ct.country().equalsIgnoreCase(String.valueOf(country))) {
                    return t;
                }
                if (!ct.local()) {
                    firstCatalog = firstCatalog == null ? t : firstCatalog;
                }
            } else if (t instanceof GenericTarget gt) {
                if (gt.iso2() != null) {
                    generic = generic == null ? t : generic;
                } else if (country != null) {
                    countryless = countryless == null ? t : countryless;
                }
            }
        }
        return firstCatalog != null ? firstCatalog : generic != null ? generic : countryless;
    }

    /** "military forces of India and Pakistan": the second state's forces of the same kind. */
    private ActorMention coordinatedState(String body, int end, GenericKind kind, LocalDate date, String country) {
        if (!kind.stateForces()) {
            return null;
        }
        if (!GapWords.andAfter(body, end)) {
            return null;
        }
        java.util.regex.Matcher m = AND_STATE.matcher(body).region(end, Math.min(body.length(), end + 60));
        if (!m.lookingAt() || m.end() == body.length()) {
            return null; // no name can start at the end
        }
        for (Country c : byFirstChar.getOrDefault(body.charAt(m.end()), List.of())) {
            if (body.startsWith(c.name(), m.end()) && (m.end() + c.name().length() == body.length()
                    || !Words.isWordChar(body.charAt(m.end() + c.name().length())))) {
                return new ActorMention(c.name(), m.end(), m.end() + c.name().length(),
                        catalog.generic(kind, c.iso2(), date, country), null);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ADJ_AND = java.util.regex.Pattern.compile(
            "(\\p{L}+)\\s+(?:and|et)\\s+$");

    /** "Turkish and Russian forces", "forces turques et russes" read backwards: the first state's forces too. */
    private ActorMention precedingState(String body, int start, GenericKind kind, LocalDate date, String country) {
        if (!kind.stateForces()) {
            return null;
        }
        if (!andBefore(body, Math.max(0, start - 30), start)) {
            return null;
        }
        java.util.regex.Matcher m = ADJ_AND.matcher(body.substring(Math.max(0, start - 30), start));
        if (!m.find()) {
            return null;
        }
        String adj = m.group(1);
        int at = Math.max(0, start - 30) + m.start(1);
        for (Country c : catalog.countries()) {
            for (String a : c.adjectives()) {
                if (a.equalsIgnoreCase(adj)) {
                    return new ActorMention(adj, at, at + adj.length(), catalog.generic(kind, c.iso2(), date, country),
                            null);
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code body[from, to)} ends with "and" or "et" and then white space (or a line end): what {@link #ADJ_AND}
     * must end with, told without a copy and a search from every position of the window (most state forces follow
     * no such word).
     */
    static boolean andBefore(String body, int from, int to) {
        int e = to;
        while (e > from && (AnchoredPattern.regexSpace(body.charAt(e - 1)) || body.charAt(e - 1) == '\u0085'
                || body.charAt(e - 1) == '\u2028' || body.charAt(e - 1) == '\u2029')) {
            e--;
        }
        return e < to && (e - from >= 3 && body.startsWith("and", e - 3) || e - from >= 2 && body.startsWith("et", e - 2));
    }

    /** "anti-Houthi forces", "anti-Hadi": the name qualifies their enemies, it does not name the actor. */
    private static boolean opposes(String body, int start) {
        String before = body.substring(Math.max(0, start - 6), start).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("anti-") || before.endsWith("anti ") || before.endsWith("anti‑");
    }

    /**
     * "les jihadistes du groupe Etat islamique", "rebels of the Free Syrian Army": a common noun that the name
     * after it specifies is that named group, one actor, not a generic one beside it.
     */
    private static void dropDescribedByName(String body, List<ActorMention> mentions) {
        mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
        for (int i = mentions.size() - 2; i >= 0; i--) {
            ActorMention common = mentions.get(i);
            ActorMention name = mentions.get(i + 1);
            // OF_NAMED opens with white space and a word of its own: a gap that does not is told before the case
            // tests and the matcher (in reports most gaps between two mentions run on for sentences)
            if (GapWords.ofNamedMayOpen(body, common.end(), name.start())
                    && !holdsUpperCase(common.text(), 1) && holdsUpperCase(name.text(), 0)
                    && !common.actor().name().equals(name.actor().name())
                    && OF_NAMED.matcher(body.substring(common.end(), name.start())).matches()) {
                mentions.remove(i);
            }
        }
    }

    /** Whether a UTF-16 unit of {@code s} from {@code from} on is upper case ({@code Character.isUpperCase(int)}). */
    private static boolean holdsUpperCase(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isUpperCase((int) s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int withDefiniteArticle(String body, int start) {
        if (start >= 2 && Words.isApostrophe(body.charAt(start - 1))
                && Character.toLowerCase(body.charAt(start - 2)) == 'l'
                && (start == 2 || !Words.isWordChar(body.charAt(start - 3)))) {
            return start - 2;
        }
        return start;
    }
}
