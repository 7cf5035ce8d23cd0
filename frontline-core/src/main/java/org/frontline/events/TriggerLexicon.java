package org.frontline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchorAutomaton;
import org.frontline.AnchoredPattern;
import org.frontline.WindowedFind;
import org.frontline.WordAlternation;
import org.frontline.FrontlineException;
import org.frontline.YamlNode;
import org.frontline.text.Language;

/** The trigger phrases of triggers.yaml, compiled per language; finds them in a sentence. */
final class TriggerLexicon {
    /**
     * A kind's patterns: lower-cased and case-sensitive for lower-cased text, and case-insensitive as fallback; each
     * run only with the phrases whose anchor words the sentence holds ({@link WordAlternation}).
     */
    private record Entry(String kind, int priority, WordAlternation fr, WordAlternation en, WordAlternation frAnyCase,
                         WordAlternation enAnyCase) {
    }

    private static final Set<String> KEYS = Set.of("sub_event_type", "priority", "fr", "en");

    private final List<Entry> entries = new ArrayList<>();
    /** Per mode (language, lower-cased or not), every entry's anchors in one automaton: one pass per sentence. */
    private final AnchorAutomaton frAnchors;
    private final AnchorAutomaton enAnchors;
    private final AnchorAutomaton frAnyCaseAnchors;
    private final AnchorAutomaton enAnyCaseAnchors;
    /** Per language, each entry's first pattern number in the automata (both case modes number them alike). */
    private final int[] frFirstOf;
    private final int[] enFirstOf;
    /** Per language, each pattern's entry: the scan goes from one set bit to the next instead of entry by entry. */
    private final int[] frEntryOf;
    private final int[] enEntryOf;

    TriggerLexicon() {
        YamlNode raw;
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.yaml")) {
            if (in == null) {
                throw new FrontlineException("missing resource org/frontline/events/triggers.yaml");
            }
            raw = YamlNode.read(in, "org/frontline/events/triggers.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/frontline/events/triggers.yaml", e);
        }
        for (YamlNode e : raw.items()) {
            e.requireKeys(KEYS);
            String kind = e.get("sub_event_type").text();
            Integer priority = e.get("priority").integer();
            if (kind == null || priority == null) {
                throw e.error("a trigger entry needs a sub_event_type and a priority");
            }
            if (!kind.equals(Trigger.TERRITORY) && !kind.equals(Trigger.TERRITORY_LOSS)) {
                EventType.typeOf(kind);
            }
            List<String> fr = e.get("fr").texts();
            List<String> en = e.get("en").texts();
            entries.add(new Entry(kind, priority, compile(fr, true), compile(en, true), compile(fr, false),
                    compile(en, false)));
        }
        frAnchors = AnchorAutomaton.of(patterns(Entry::fr));
        enAnchors = AnchorAutomaton.of(patterns(Entry::en));
        frAnyCaseAnchors = same(patterns(Entry::fr), patterns(Entry::frAnyCase)) ? frAnchors
                : AnchorAutomaton.of(patterns(Entry::frAnyCase));
        enAnyCaseAnchors = same(patterns(Entry::en), patterns(Entry::enAnyCase)) ? enAnchors
                : AnchorAutomaton.of(patterns(Entry::enAnyCase));
        frFirstOf = firstOf(Entry::fr);
        enFirstOf = firstOf(Entry::en);
        if (!Arrays.equals(frFirstOf, firstOf(Entry::frAnyCase))
                || !Arrays.equals(enFirstOf, firstOf(Entry::enAnyCase))) {
            throw new IllegalStateException("a trigger entry's case modes differ in their number of patterns");
        }
        frEntryOf = entryOf(frFirstOf);
        enEntryOf = entryOf(enFirstOf);
    }

    /** One mode's patterns, entry after entry, each entry's in its own order. */
    private List<AnchoredPattern> patterns(Function<Entry, WordAlternation> mode) {
        List<AnchoredPattern> all = new ArrayList<>();
        entries.forEach(e -> all.addAll(mode.apply(e).anchoredPatterns()));
        return all;
    }

    /** Whether two modes' patterns have the same anchors (they do when folding the lower-cased ones changes none). */
    private static boolean same(List<AnchoredPattern> a, List<AnchoredPattern> b) {
        return a.stream().map(AnchoredPattern::anchors).toList().equals(b.stream().map(AnchoredPattern::anchors).toList());
    }

    /**
     * @param lowered compile for text already in lower case: the pattern's letters are lower-cased (escapes such as
     *                \\w kept) and matching is case-sensitive, which is several times faster than Unicode
     *                case-insensitive matching of long alternations
     */
    private static WordAlternation compile(List<String> patterns, boolean lowered) {
        List<String> phrases = patterns == null ? List.<String>of()
                : patterns.stream().map(TriggerLexicon::unicodeWords).toList();
        return lowered ? WordAlternation.of(phrases.stream().map(TriggerLexicon::lowerOutsideEscapes).toList(), 0)
                : WordAlternation.of(phrases, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Makes a pattern's {@code \\w} a letter, digit or underscore of any script: Java's {@code \\w} is ASCII, so
     * "bombard\\w*" stopped before the "é" of "bombardé" and the whole-word guard then refused the match (every
     * French trigger stem with an accented ending failed, as did word gaps such as "(?:\\w+ ){0,3}" over "Hassaké").
     */
    static String unicodeWords(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (next == 'w') {
                    sb.append(inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
                } else {
                    sb.append(c).append(next);
                }
            } else {
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Lower-cases a regular expression's letters but not the letter after a backslash nor a \\p{…} class name. */
    static String lowerOutsideEscapes(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                sb.append(c).append(next);
                i++;
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    int close = regex.indexOf('}', i);
                    sb.append(regex, i + 1, close + 1);
                    i = close;
                }
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Every trigger in {@code sentence} (which starts at body offset {@code offset}), in text order: a new list. */
    List<Trigger> find(String sentence, int offset, Language language) {
        return find(sentence, AnchoredPattern.fold(sentence), offset, language);
    }

    /**
     * {@link #find(String, int, Language)} for a sentence whose {@link AnchoredPattern#fold} is {@code folded} (its
     * slice of the document's fold: the sentence is not folded again).
     */
    List<Trigger> find(String sentence, String folded, int offset, Language language) {
        List<Trigger> out = new ArrayList<>();
        scan(sentence, folded, language, e -> true, (e, f) -> {
            while (f.find()) {
                Matcher m = f.match();
                out.add(new Trigger(e.kind(), e.priority(), offset + m.start(), offset + m.end(),
                        sentence.substring(m.start(), m.end())));
            }
        });
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    /**
     * The kinds of the triggers {@link #find} would return, without making them: the sub-event choice needs only
     * which kinds a report holds, so one match of an entry is enough (no further search, no trigger records).
     */
    Set<String> kinds(String text, Language language) {
        return kinds(text, AnchoredPattern.fold(text), language);
    }

    /** {@link #kinds(String, Language)} for a text whose {@link AnchoredPattern#fold} is {@code folded}. */
    Set<String> kinds(String text, String folded, Language language) {
        return kinds(text, folded, language, kind -> true);
    }

    /**
     * The kinds {@code wanted} of those {@link #kinds(String, Language)} returns: an entry of a kind not wanted, or of
     * a kind already found, is not searched (no lower-casing for it, no matcher, no regex run near its anchors).
     */
    Set<String> kinds(String text, String folded, Language language, Predicate<String> wanted) {
        Set<String> kinds = new HashSet<>();
        scan(text, folded, language, e -> !kinds.contains(e.kind()) && wanted.test(e.kind()), (e, f) -> {
            if (f.find()) {
                kinds.add(e.kind());
            }
        });
        return kinds;
    }

    /**
     * Hands each entry that may match (its anchors are in the text) and is {@code searched} to {@code each} with its
     * search, which runs the regex only near the anchors the automaton found. The automaton reads {@code folded}, the
     * text's own fold: the fold of its lower-cased form, which the lower-cased patterns' anchors were made for, is the
     * same char for char wherever lower-casing keeps the length (every BMP char's fold is its lower case's, final
     * sigma included; a supplementary char's surrogates differ, but no anchor holds one, so the automaton goes back to
     * its root on either). When both case modes share one automaton (their anchors are the same), the text is
     * lower-cased only once an entry may match and is searched: most sentences hold no trigger's anchor.
     */
    private void scan(String sentence, String folded, Language language, Predicate<Entry> searched,
                      BiConsumer<Entry, WindowedFind> each) {
        boolean fr = language == Language.FR;
        AnchorAutomaton anchors = fr ? frAnchors : enAnchors;
        AnchorAutomaton anyCase = fr ? frAnyCaseAnchors : enAnyCaseAnchors;
        String lower = null;
        if (anchors != anyCase) {
            lower = sentence.toLowerCase(Locale.ROOT);
            anchors = lower.length() == sentence.length() ? anchors : anyCase;
        }
        AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
        BitSet may = anchors.mayMatch(folded, hits);
        long[] words = may.toLongArray(); // each entry's bits read from these: no bit set copied per entry
        int[] entryOf = fr ? frEntryOf : enEntryOf;
        int[] firstOf = fr ? frFirstOf : enFirstOf;
        for (int i = may.nextSetBit(0); i >= 0; ) {
            int k = entryOf[i];
            int from = firstOf[k];
            int to = firstOf[k + 1];
            // the whole alternation's bit: else none of the entry's anchors, it finds nothing
            if (i == from && searched.test(entries.get(k))) {
                if (lower == null) {
                    lower = sentence.toLowerCase(Locale.ROOT);
                }
                boolean aligned = lower.length() == sentence.length();
                Entry e = entries.get(k);
                WordAlternation p = aligned ? (fr ? e.fr() : e.en()) : (fr ? e.frAnyCase() : e.enAnyCase());
                String text = aligned ? lower : sentence;
                each.accept(e, p.size() <= Long.SIZE ? p.finder(text, bits(words, from + 1, to - from - 1), hits, from)
                        : p.finder(text, may.get(from, to), hits, from));
            }
            i = may.nextSetBit(to);
        }
    }

    /** Bits {@code from} to {@code from + count - 1} (count at most 64) of the bit set whose words are {@code words}. */
    static long bits(long[] words, int from, int count) {
        int w = from >>> 6;
        int b = from & 63;
        long low = w < words.length ? words[w] >>> b : 0;
        long high = b != 0 && w + 1 < words.length ? words[w + 1] << (Long.SIZE - b) : 0;
        long all = low | high;
        return count >= Long.SIZE ? all : all & ((1L << count) - 1);
    }

    /** Per pattern of a mode's automaton, the number of its entry. */
    private static int[] entryOf(int[] firstOf) {
        int[] out = new int[firstOf[firstOf.length - 1]];
        for (int k = 0; k + 1 < firstOf.length; k++) {
            Arrays.fill(out, firstOf[k], firstOf[k + 1], k);
        }
        return out;
    }

    /** Per entry, the number of its first pattern in a mode's automaton, then the number of patterns. */
    private int[] firstOf(Function<Entry, WordAlternation> mode) {
        int[] out = new int[entries.size() + 1];
        for (int k = 0; k < entries.size(); k++) {
            out[k + 1] = out[k] + mode.apply(entries.get(k)).anchoredPatterns().size();
        }
        return out;
    }
}
