package org.frontline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.ResourceLines;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Sentence;

/**
 * Attribution by cue phrases: a sentence with a source name and an attribution cue ("selon", "rapporte",
 * "according to", "said") hangs on that source; "citant"/"citing" makes the sources after it the ones cited
 * ("rapporte MG, citant les sites de coordination" → MG via the coordination sites), "cité par"/"quoted by" the
 * reverse. The article's primary source is the one its sentences cite most, so that "Toujours selon MG"
 * ("still according to MG") carries over to claims that name no source. Loaded words come from a lexicon.
 */
public final class PhraseClaimAnalyzer implements ClaimAnalyzer {
    /** The kinds of cue phrase, as bits: any cue; "citant" (the sources after it are cited); "cité par". */
    private static final int PLAIN = 1;
    private static final int CITES = 2;
    private static final int CITED_BY = 4;
    private static final int ANY = PLAIN | CITES | CITED_BY;
    private final SourceCatalog catalog;
    private final CuePhrases cues;
    private final LoadedTerms loaded;
    /** The cue phrases, loaded terms' anchors and unnamed sources' anchors, found in one pass over a document. */
    private final Optional<DocumentLiterals> literals;

    public PhraseClaimAnalyzer(SourceCatalog catalog) {
        this.catalog = catalog;
        this.cues = CuePhrases.of(cueLists());
        this.loaded = new LoadedTerms(ResourceLines.of(PhraseClaimAnalyzer.class, "loaded-terms.txt"));
        this.literals = loaded.anchorLiterals().isEmpty() || UnnamedSources.anchorLiterals().isEmpty()
                ? Optional.empty() // a search that reads no occurrences: each searches by itself
                : DocumentLiterals.of(
                        List.of(cues.literals(), loaded.anchorLiterals(), UnnamedSources.anchorLiterals()));
    }

    /**
     * The attribution cues of attribution-cues.txt as {@link CuePhrases#of} takes them: the plain cues ("selon"),
     * those a citing source follows ("cites citant") and those it precedes ("cited-by cité par").
     */
    static List<List<String>> cueLists() {
        List<String> plain = new ArrayList<>();
        List<String> forward = new ArrayList<>();
        List<String> reverse = new ArrayList<>();
        for (String line : ResourceLines.of(PhraseClaimAnalyzer.class, "attribution-cues.txt")) {
            if (line.startsWith("cites ")) {
                forward.add(line.substring(6));
            } else if (line.startsWith("cited-by ")) {
                reverse.add(line.substring(9));
            } else {
                plain.add(line);
            }
        }
        return List.of(plain, forward, reverse);
    }

    @Override
    public Claims analyze(AnalyzedText text) {
        List<SourceMention> named = catalog.find(text);
        List<SourceMention> sources = new ArrayList<>(named);
        long[][] found = literals.map(l -> l.occurrences(text.folded())).orElse(null);
        sources.addAll(found == null ? UnnamedSources.find(text.body(), text.folded(), named)
                : UnnamedSources.find(text.body(), text.folded(), named, UnnamedSources.anchorOffsets(found[2])));
        sources.sort(java.util.Comparator.comparingInt(SourceMention::start));
        sources = List.copyOf(sources);
        Map<Integer, List<Attribution>> bySentence = new HashMap<>();
        Map<Integer, List<String>> framing = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Attribution> firstSeen = new HashMap<>();
        // without the one pass, the cue phrases are looked for once a sentence names a source
        CuePhrases.Found cuesFound = found == null ? null : cues.found(found[0]);
        long[] loadedAt = found == null ? loaded.occurrences(text.folded()) : found[1];
        int next = 0; // the first source not starting before the sentence: sources and sentences are both in text order
        for (Sentence s : text.sentences()) {
            while (next < sources.size() && sources.get(next).start() < s.start()) {
                next++;
            }
            List<SourceMention> inSentence = new ArrayList<>();
            for (int i = next; i < sources.size() && sources.get(i).start() < s.end(); i++) {
                if (sources.get(i).end() <= s.end()) {
                    inSentence.add(sources.get(i));
                }
            }
            if (cuesFound == null && !inSentence.isEmpty()) {
                cuesFound = cues.in(text.folded());
            }
            List<Attribution> attributions = inSentence.isEmpty() ? List.of()
                    : attribute(text.body(), s, cuesFound, inSentence);
            if (!attributions.isEmpty()) {
                bySentence.put(s.index(), attributions);
                for (Attribution a : attributions) {
                    if (UnnamedSources.STANCE.equals(a.stance()) && catalog.byName(a.source()).isEmpty()) {
                        continue; // "a security source" carries over to nothing: the primary is a named outlet
                    }
                    counts.merge(a.source(), 1, Integer::sum);
                    firstSeen.putIfAbsent(a.source(), new Attribution(a.source(), a.stance(), List.of()));
                }
            }
            List<String> terms = loaded.in(text, s, loadedAt);
            if (!terms.isEmpty()) {
                framing.put(s.index(), terms);
            }
        }
        Attribution primary = counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> firstSeen.get(e.getKey())).orElse(null);
        return new Claims(sources, bySentence, framing, primary);
    }

    /** The sentence's cue phrases are those of its body slice alone, as if the sentence were the whole text. */
    private static List<Attribution> attribute(String body, Sentence s, CuePhrases.Found cues,
                                               List<SourceMention> inSentence) {
        if (cues.first(body, s.start(), s.end(), ANY) < 0) {
            return List.of();
        }
        int fwd = cues.first(body, s.start(), s.end(), CITES);
        if (fwd >= 0) {
            return nest(inSentence, fwd, false);
        }
        int rev = cues.first(body, s.start(), s.end(), CITED_BY);
        if (rev >= 0) {
            return nest(inSentence, rev, true);
        }
        List<Attribution> out = new ArrayList<>();
        for (SourceMention m : distinct(inSentence)) {
            out.add(new Attribution(m.source().name(), m.source().stance(), List.of()));
        }
        return out;
    }

    /** Sources before the cue cite those after it (or the reverse for "cité par"). */
    private static List<Attribution> nest(List<SourceMention> mentions, int cueAt, boolean reversed) {
        List<SourceMention> before = distinct(mentions.stream().filter(m -> m.end() <= cueAt).toList());
        List<SourceMention> after = distinct(mentions.stream().filter(m -> m.start() >= cueAt).toList());
        List<SourceMention> outer = reversed ? after : before;
        List<SourceMention> inner = reversed ? before : after;
        if (outer.isEmpty()) {
            outer = inner;
            inner = List.of();
        }
        List<String> via = inner.stream().map(m -> m.source().name()).toList();
        List<Attribution> out = new ArrayList<>();
        for (SourceMention m : outer) {
            out.add(new Attribution(m.source().name(), m.source().stance(), via));
        }
        return out;
    }

    private static List<SourceMention> distinct(List<SourceMention> mentions) {
        Map<String, SourceMention> byName = new LinkedHashMap<>();
        for (SourceMention m : mentions) {
            byName.putIfAbsent(m.source().name(), m);
        }
        return new ArrayList<>(byName.values());
    }
}
