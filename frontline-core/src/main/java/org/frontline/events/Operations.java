package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.WindowedFind;
import org.frontline.text.AnalyzedText;
import org.frontline.text.NameKey;
import org.frontline.text.Sentence;

/**
 * Named military operations ("deux campagnes militaires baptisées « Riposte à la tyrannie », et « Dieu est
 * capable de les vaincre »", "an offensive dubbed 'Dawn of Idlib'"), the sentences that name them again, and the
 * sentences that list their member groups by ordinal ("dans le cadre de la première, les milices suivantes: …").
 */
final class Operations {
    /** An operation named in the text, with the index of the sentence that names it first. */
    record Operation(String name, int sentence, int start) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final AnchoredPattern CUE = AnchoredPattern.compile(
            "baptis[ée]e?s?|nomm[ée]e?s?|appel[ée]e?s?|intitul[ée]e?s?|d[ée]nomm[ée]e?s?|dubbed|named|called|"
                    + "code-?named|op[ée]rations?|batailles?|battles?|campagnes?|campaigns?|offensives?", FLAGS);
    static final AnchoredPattern QUOTED = AnchoredPattern.compile(
            "«\\s*([^«»]{3,80}?)\\s*»|“([^“”]{3,80}?)”|\"([^\"]{3,80}?)\"");
    private static final AnchoredPattern ORDINAL = AnchoredPattern.compile(
            "(?:la|le|the) (premi[èe]re?|first|seconde?|deuxi[èe]me|second|troisi[èe]me|third)(?![\\p{L}])", FLAGS);

    private Operations() {
    }

    /**
     * Operations named after a naming cue, in text order, each once. The cue's anchors are sought in the document's
     * fold first (most reports name no operation, battle or campaign: no sentence is then looked at), and each
     * sentence's in its slice of that fold, not in a fold of its own.
     */
    static List<Operation> find(AnalyzedText text) {
        List<Operation> out = new ArrayList<>();
        if (!CUE.mayMatchFolded(text.folded())) {
            return out; // a cue in a sentence holds an anchor, which the document's fold then holds
        }
        for (Sentence s : text.sentences()) {
            String sentence = text.text(s);
            String folded = text.folded(s);
            WindowedFind cues = CUE.finder(sentence, folded);
            if (!cues.find()) {
                continue;
            }
            int cue = cues.match().start();
            // the quotes sought at their marks (a match starts at one), not by the regex at every char
            WindowedFind quotes = QUOTED.finder(sentence, folded);
            while (quotes.find()) {
                Matcher q = quotes.match();
                if (q.start() < cue) {
                    continue;
                }
                String name = firstGroup(q);
                if (AnchoredPattern.wordCount(name) <= 8 && indexOf(out, name) < 0) {
                    out.add(new Operation(name, s.index(), s.start() + q.start()));
                }
            }
        }
        return out;
    }

    /** Indices of the operations a sentence names (by their quoted names). */
    static List<Integer> referenced(String sentence, List<Operation> ops) {
        return referenced(sentence, AnchoredPattern.fold(sentence), ops);
    }

    /** {@link #referenced(String, List)} for a sentence whose {@link AnchoredPattern#fold} is {@code folded}. */
    static List<Integer> referenced(String sentence, String folded, List<Operation> ops) {
        List<Integer> out = new ArrayList<>();
        WindowedFind quotes = QUOTED.finder(sentence, folded);
        while (quotes.find()) {
            Matcher q = quotes.match();
            int i = indexOf(ops, firstGroup(q));
            if (i >= 0 && !out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** 0 for "la première"/"the first", 1 for "la seconde"/"the second", 2 for "third"; -1 when none. */
    static int ordinal(String sentence) {
        return ordinal(sentence, AnchoredPattern.fold(sentence));
    }

    /** {@link #ordinal(String)} for a sentence whose {@link AnchoredPattern#fold} is {@code folded}. */
    static int ordinal(String sentence, String folded) {
        Matcher m = ORDINAL.matcher(sentence, folded);
        if (!m.find()) {
            return -1;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("prem") || w.equals("first")) {
            return 0;
        }
        if (w.startsWith("sec") || w.startsWith("deux")) {
            return 1;
        }
        return 2;
    }

    private static int indexOf(List<Operation> ops, String name) {
        String key = NameKey.normalize(name);
        for (int i = 0; i < ops.size(); i++) {
            if (NameKey.normalize(ops.get(i).name()).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstGroup(Matcher q) {
        for (int g = 1; g <= q.groupCount(); g++) {
            if (q.group(g) != null) {
                return q.group(g).strip();
            }
        }
        return "";
    }
}
