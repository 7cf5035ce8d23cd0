package org.frontline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.WindowedFind;

/**
 * Sources no catalog can list, named by what they are: "selon le gouverneur régional", "according to local
 * sources", "…, the Gaza health ministry said", "ont indiqué des élus locaux". A claim that hangs on such a
 * source is still a claim of someone's (one that an outlet quotes, "a military source told SANA", is left to the
 * outlet), and an analyst weighs "a security source" differently from a named
 * outlet, so the words are kept as the source's name (articles dropped) with stance "unknown". A word that only
 * points back to a source named before ("selon l'ONG", "the monitor said") names nothing new and is left to the
 * article's primary source. Stateless and thread-safe.
 */
final class UnnamedSources {
    static final String STANCE = "unknown";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Up to seven words of a noun phrase, stopped by punctuation, a clause word or a number. */
    private static final String PHRASE = "((?:[\\p{L}][\\p{L}'’-]*)(?:\\s+(?!(?:that|who|which|qui|que|qu'|and|et|"
            + "on|in|à|au|en|dans|sur|lors|after|après|when|quand|while|as|was|were|is|are|has|have|had|been|est|sont|ont|"
            + "a|avait|avaient|cit[ée]e?s?|quoted|cited|carried|relay[ée]e?s?)\\b)[\\p{L}][\\p{L}'’-]*){0,6})";
    /** How or when it was said, after the verb: "said in a statement", "a indiqué dans un communiqué", "said on X". */
    private static final String HOW_SAID = "\\s+(?:in an? (?:statement|communiqu[ée]|press release|tweet|post|"
            + "interview|video)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Telegram|X|"
            + "Facebook)|dans un (?:communiqu[ée]|message|tweet)|sur (?:Twitter|Telegram|X|Facebook)|"
            + "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\\b";
    /** "ont indiqué lundi des sources locales": the day it was said, between the verb and who said it. */
    private static final String WHEN_SAID = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
            + "(?:\\s+(?:soir|matin|après-midi))?\\s+)?";
    private static final String DET = "(?:the\\s+|a\\s+|an\\s+|l[ae]\\s+|les\\s+|l['’]|une?\\s+|des\\s+|d['’]|de\\s+)?";
    private static final AnchoredPattern AFTER_CUE = AnchoredPattern.compile(
            "\\b(?:selon|d['’]après|according to|citing|citant|cité(?:e|s|es)? par|quoted by)\\s+" + DET + PHRASE,
            FLAGS);
    /** ", the health ministry said." closing its sentence: the subject of the verb of saying, nothing after. */
    private static final AnchoredPattern BEFORE_SAID = AnchoredPattern.compile(",\\s+" + DET + PHRASE + "\\s+(?:said|says|"
            + "stated|a (?:indiqué|déclaré|affirmé|annoncé|précisé)|ont (?:indiqué|déclaré|affirmé|annoncé|"
            + "précisé))(?=\\s*[.;]|\\s*$|,|" + HOW_SAID + ")", FLAGS);
    private static final AnchoredPattern INVERTED = AnchoredPattern.compile(
            "\\b(?:ont|a) (?:indiqué|déclaré|affirmé|annoncé|précisé|rapporté)\\s+" + WHEN_SAID + DET + PHRASE, FLAGS);
    /** "Les autorités ukrainiennes ont accusé les forces russes…": who accuses opens the sentence. */
    private static final AnchoredPattern ACCUSER = AnchoredPattern.compile("(?:^|[.!?]\\s+)" + DET + PHRASE
            + "\\s+(?:(?:ont|a|avaient|avait|have|has|had)\\s+)?(?:accus[ée]e?s?|accusent|accused|accuse[sd]?|blamed|blames)\\b",
            FLAGS);
    /** Each pattern's group 1 is the source's words. */
    static final List<AnchoredPattern> PATTERNS = List.of(AFTER_CUE, BEFORE_SAID, INVERTED, ACCUSER);
    /**
     * The anchors of all four patterns, found in one pass over a report's fold instead of one indexOf scan of the
     * whole report per anchor (some thirty); empty when they are no plain literals (each pattern then scans).
     */
    private static final List<String> ANCHOR_LITERALS = PATTERNS.stream().flatMap(p -> p.anchors().stream())
            .distinct().toList();
    private static final Optional<LiteralIndex> ANCHORS = LiteralIndex.of(ANCHOR_LITERALS);
    /** Per literal of {@link #ANCHORS}, the patterns (bit i for {@code PATTERNS.get(i)}) it is an anchor of. */
    private static final int[] ANCHOR_OF = anchorOf();
    /** Where the words before the verb of {@link #BEFORE_SAID} and {@link #ACCUSER} open. */
    private static final OpenerFind.Opening AFTER_COMMA = new OpenerFind.Opening(BEFORE_SAID, ",", false);
    private static final OpenerFind.Opening SENTENCE_OPENING = new OpenerFind.Opening(ACCUSER, ".!?", true);
    /** Who can speak: a phrase without such a word ("les deux cartes", "plus de 40 régions") is no source. */
    static final AnchoredPattern SPEAKER = AnchoredPattern.compile("\\b(?:sources?|responsables?|officials?|officiels?|"
            + "gouverneur|governor|minist\\p{L}*|police|polici\\p{L}*|gendarm\\p{L}*|arm[ée]e|army|military|"
            + "militaires?|porte-parole|spokes(?:man|woman|person)|t[ée]moins?|witness(?:es)?|habitants?|residents?|"
            + "villageois|villagers|[ée]lus?|m[ée]decins?|doctors?|medics?|h[ôo]pita\\p{L}*|hospitals?|autorit[ée]s|"
            + "authorities|ONU|UN|agences?|agency|m[ée]dias?|media|activist\\p{L}*|militants?|coalition|"
            + "gouvernement|government|commandants?|commanders?|chefs?|leaders?|officiers?|officers?|s[ée]curit[ée]|"
            + "security|sant[ée]|health|journalist\\p{L}*|correspondan\\p{L}*|[ée]tat-major|communiqu[ée]|"
            + "statement|d[ée]claration|maire|mayor|pr[ée]fet|prefect|secouristes|rescuers|civil defen[cs]e|"
            + "protection civile|ONG|NGO|observateurs?|monitors?|diplomat\\p{L}*|humanitaires?|humanitarian|"
            + "combattants?|fighters|rebelles|rebels|groupe|group|tribal|notables?|elders)\\b", FLAGS);
    /** "ont affirmé avoir abattu un hélicoptère": what follows the verb is what was said, not who said it. */
    private static final Pattern INFINITIVE = Pattern.compile("(?:avoir|[êe]tre|[ée]t[ée]|fait|faire)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that point back to a source already named, or say nothing of who speaks. */
    private static final Set<String> BACK = Set.of("ong", "ngo", "organisation", "organization", "agence", "agency",
            "observatoire", "observatory", "monitor", "group", "groupe", "source", "sources", "report", "rapport",
            "media", "médias", "it", "he", "she", "they", "il", "elle", "ils", "elles", "officials", "him", "her",
            "them", "lui", "eux", "this", "cela", "ceci", "ce", "these", "reports", "témoignages");

    private UnnamedSources() {
    }

    private static int[] anchorOf() {
        List<String> literals = ANCHOR_LITERALS;
        int[] of = new int[literals.size()];
        for (int i = 0; i < literals.size(); i++) {
            for (int k = 0; k < PATTERNS.size(); k++) {
                of[i] |= PATTERNS.get(k).anchors().contains(literals.get(i)) ? 1 << k : 0;
            }
        }
        return of;
    }

    /**
     * Per pattern, the starts of its anchors in {@code folded}, ascending (what {@link AnchoredPattern#anchorOffsets}
     * finds), from one pass over it.
     */
    static int[][] anchorOffsets(String folded) {
        if (ANCHORS.isEmpty()) {
            int[][] out = new int[PATTERNS.size()][];
            for (int k = 0; k < out.length; k++) {
                out[k] = PATTERNS.get(k).anchorOffsets(folded);
            }
            return out;
        }
        return anchorOffsets(ANCHORS.get().occurrences(folded));
    }

    /** The anchors whose occurrences {@link #anchorOffsets(long[])} reads (as numbered there); empty for none. */
    static List<String> anchorLiterals() {
        return ANCHORS.isPresent() ? ANCHOR_LITERALS : List.of();
    }

    /**
     * {@link #anchorOffsets(String)} from the occurrences ({@code start << 32 | literal}, ascending) a pass over the
     * fold found of {@link #anchorLiterals()}.
     */
    static int[][] anchorOffsets(long[] occurrences) {
        int[][] out = new int[PATTERNS.size()][];
        int[] n = new int[out.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = new int[occurrences.length];
        }
        for (long o : occurrences) {
            int of = ANCHOR_OF[(int) o];
            for (int k = 0; k < out.length; k++) {
                if ((of & 1 << k) != 0) {
                    out[k][n[k]++] = (int) (o >>> 32);
                }
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = Arrays.copyOf(out[k], n[k]);
        }
        return out;
    }

    /**
     * The unnamed sources of {@code body}, none overlapping a catalogued mention; {@code folded} is the body's
     * {@link org.frontline.text.AnalyzedText#folded()}, where the patterns' anchors are looked for. Each pattern
     * finds what find() over the whole body finds, the regex tried only where a match can start: near the cue
     * that opens {@link #AFTER_CUE} and {@link #INVERTED}, and at the comma or full stop that opens the words before
     * the verb of {@link #BEFORE_SAID} and {@link #ACCUSER} (any number of chars, so no window bounds them).
     */
    static List<SourceMention> find(String body, String folded, List<SourceMention> catalogued) {
        return find(body, folded, catalogued, anchorOffsets(folded));
    }

    /** {@link #find(String, String, List)} given the patterns' {@link #anchorOffsets} in {@code folded}. */
    static List<SourceMention> find(String body, String folded, List<SourceMention> catalogued, int[][] offsets) {
        List<SourceMention> out = new ArrayList<>();
        for (int k = 0; k < PATTERNS.size(); k++) {
            AnchoredPattern p = PATTERNS.get(k);
            for (MatchResult m : matches(p, body, offsets[k])) {
                int start = m.start(1);
                int end = m.end(1);
                String words = body.substring(start, end);
                // the speaker words' anchors read in the body's fold: the regex runs only near them, not at each char
                if (BACK.contains(words.toLowerCase(Locale.ROOT)) || !SPEAKER.find(words, folded.substring(start, end))
                        || p == INVERTED && INFINITIVE.matcher(words).lookingAt()
                        || overlaps(start, end, catalogued)
                        || overlaps(start, end, out)) {
                    continue;
                }
                out.add(new SourceMention(words, start, end, new Source(words, STANCE, null)));
            }
        }
        return out;
    }

    /**
     * What find() over {@code body} finds of {@code p} (one of {@link #PATTERNS}), in order, given where its
     * anchors start in the body's fold ({@link #anchorOffsets}).
     */
    static List<MatchResult> matches(AnchoredPattern p, String body, int[] offsets) {
        List<MatchResult> out = new ArrayList<>();
        if (p == AFTER_CUE || p == INVERTED) {
            WindowedFind window = p.finder(body, offsets);
            while (window.find()) {
                out.add(window.match().toMatchResult());
            }
        } else {
            OpenerFind opened = (p == BEFORE_SAID ? AFTER_COMMA : SENTENCE_OPENING).search(body, offsets);
            while (opened.find()) {
                out.add(opened.match().toMatchResult());
            }
        }
        return out;
    }

    private static boolean overlaps(int start, int end, List<SourceMention> mentions) {
        return mentions.stream().anyMatch(s -> s.start() < end && start < s.end());
    }
}
