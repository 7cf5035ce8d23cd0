package org.frontline.gazetteer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Syrian villages split in two: "Al Jurdi ash Sharqi" and "Al Jurdi al Gharbi", "Maskah Fawqani" and "Maskah
 * Tahtani" (east and west, upper and lower, big and small). Reports name either by the head they share ("Jurdi"),
 * so the head is kept as one more name of each half; the halves lie a few kilometres apart, and the document's
 * governorate tells a pair from its namesakes. A head of under five letters ("Kurd", "Jubb") is a word before it is
 * a village, and is not kept.
 */
final class PairedVillages {
    private static final Set<String> HALVES = Set.of("sharqi", "gharbi", "shamali", "janubi", "kabir", "kabirah",
            "saghir", "saghirah", "fawqani", "tahtani", "wusta", "qibli", "sharqiyah", "gharbiyah", "shamaliyah",
            "janubiyah", "fawqa", "tahta");
    private static final Set<String> ARTICLES = Set.of("al", "ash", "at", "as", "ad", "az", "an", "ar", "el", "ath",
            "adh");
    private static final int MIN_HEAD_LETTERS = 5;

    private PairedVillages() {
    }

    /** The head a split village's name shares with its other half ("Al Jurdi"), or null when it is none. */
    static String head(String name) {
        String[] w = name.split(" ");
        if (w.length < 2 || !HALVES.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = w.length - 1;
        if (ARTICLES.contains(w[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        String head = String.join(" ", Arrays.copyOf(w, end));
        int letters = 0;
        for (int i = 0; i < end; i++) {
            if (!ARTICLES.contains(w[i].toLowerCase(Locale.ROOT))) {
                letters += (int) w[i].chars().filter(Character::isLetter).count();
            }
        }
        return end == 0 || letters < MIN_HEAD_LETTERS ? null : head;
    }

    /** Gives each Syrian populated place named as half of a pair its head as one more name. */
    static void name(Iterable<PlaceDraft> drafts) {
        for (PlaceDraft d : drafts) {
            if ("SY".equals(d.country) && "P".equals(d.featureClass)) {
                String head = head(d.name);
                if (head != null) {
                    d.addName(head);
                }
            }
        }
    }
}
