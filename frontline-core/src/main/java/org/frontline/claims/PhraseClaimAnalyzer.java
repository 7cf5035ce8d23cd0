package org.frontline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.ResourceLines;
import org.frontline.WindowedFind;
import org.frontline.WordPatterns;
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
    private final SourceCatalog catalog;
    private final AnchoredPattern cue;
    private final AnchoredPattern cites;
    private final AnchoredPattern citedBy;
    private final AnchoredPattern loaded;

    public PhraseClaimAnalyzer(SourceCatalog catalog) {
        this.catalog = catalog;
        List<String> plain = new ArrayList<>();
        List<String> forward = new ArrayList<>();
        List<String> reverse = new ArrayList<>();
        for (String line : ResourceLines.of(PhraseClaimAnalyzer.class, "attribution-cues.txt")) {
            if (line.startsWith("cites ")) {
                forward.add(Pattern.quote(line.substring(6)));
            } else if (line.startsWith("cited-by ")) {
                reverse.add(Pattern.quote(line.substring(9)));
            } else {
                plain.add(Pattern.quote(line));
            }
        }
        plain.addAll(forward);
        plain.addAll(reverse);
        this.cue = words(plain);
        this.cites = words(forward);
        this.citedBy = words(reverse);
        // one alternation, phrases in file order (longer phrases first), scanned once per sentence
        this.loaded = words(ResourceLines.of(PhraseClaimAnalyzer.class, "loaded-terms.txt").stream()
                .map(term -> "(?:" + term + ")").toList());
    }

    private static AnchoredPattern words(List<String> alternatives) {
        return AnchoredPattern.compile(
                WordPatterns.anyOf(alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public Claims analyze(AnalyzedText text) {
        List<SourceMention> named = catalog.find(text);
        List<SourceMention> sources = new ArrayList<>(named);
        sources.addAll(UnnamedSources.find(text.body(), text.folded(), named));
        sources.sort(java.util.Comparator.comparingInt(SourceMention::start));
        sources = List.copyOf(sources);
        Map<Integer, List<Attribution>> bySentence = new HashMap<>();
        Map<Integer, List<String>> framing = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Attribution> firstSeen = new HashMap<>();
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
            String sentence = text.text(s);
            String folded = text.folded(s);
            List<Attribution> attributions = attribute(sentence, folded, s.start(), inSentence);
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
            List<String> terms = loadedTerms(sentence, folded);
            if (!terms.isEmpty()) {
                framing.put(s.index(), terms);
            }
        }
        Attribution primary = counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> firstSeen.get(e.getKey())).orElse(null);
        return new Claims(sources, bySentence, framing, primary);
    }

    private List<Attribution> attribute(String sentence, String folded, int offset, List<SourceMention> inSentence) {
        if (inSentence.isEmpty() || !cue.find(sentence, folded)) {
            return List.of();
        }
        WindowedFind fwd = cites.finder(sentence, folded);
        if (fwd.find()) {
            return nest(inSentence, offset + fwd.match().start(), false);
        }
        WindowedFind rev = citedBy.finder(sentence, folded);
        if (rev.find()) {
            return nest(inSentence, offset + rev.match().start(), true);
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

    private List<String> loadedTerms(String sentence, String folded) {
        List<String> out = new ArrayList<>();
        WindowedFind m = loaded.finder(sentence, folded); // searched only near the terms' anchors
        while (m.find()) {
            out.add(m.match().group());
        }
        return out;
    }
}
