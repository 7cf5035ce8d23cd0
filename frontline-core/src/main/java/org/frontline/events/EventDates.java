package org.frontline.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.WindowedFind;

/**
 * The date an event happened, from the text when it says ("On 9 May 2020", "le 12 janvier", "between 3 and 9
 * May", "mardi" or "yesterday" before a dated publication), else the publication date; with ACLED's
 * time_precision (1 day, 2 week, 3 month).
 */
final class EventDates {
    /** A date as "YYYY-MM-DD" / "YYYY-MM" / "YYYY" with its precision. */
    record Dated(String date, int precision) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
            Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9),
            Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12),
            Map.entry("decembre", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
            + "novembre|d[ée]cembre)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final AnchoredPattern RANGE = AnchoredPattern.compile(
            "(?:between|from|entre|du) (\\d{1,2})(?:er)?(?: " + MONTH + ")? (?:and|to|et|au) (\\d{1,2}) " + MONTH
                    + "(?: (\\d{4}))?", FLAGS);
    static final AnchoredPattern DAY_MONTH = AnchoredPattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er)? " + MONTH + "(?:,? (\\d{4}))?", FLAGS);
    static final AnchoredPattern MONTH_DAY = AnchoredPattern.compile(
            MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?", FLAGS);
    /** Whether the three share their anchors (the month names): one scan of a sentence then finds them for all. */
    private static final boolean SAME_ANCHORS = RANGE.sameAnchors(DAY_MONTH) && RANGE.sameAnchors(MONTH_DAY);

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lundi", DayOfWeek.MONDAY),
            Map.entry("mardi", DayOfWeek.TUESDAY), Map.entry("mercredi", DayOfWeek.WEDNESDAY),
            Map.entry("jeudi", DayOfWeek.THURSDAY), Map.entry("vendredi", DayOfWeek.FRIDAY),
            Map.entry("samedi", DayOfWeek.SATURDAY), Map.entry("dimanche", DayOfWeek.SUNDAY));
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
            + "mercredi|jeudi|vendredi|samedi|dimanche)";
    /**
     * A day named by its weekday or as yesterday, counted back from the publication day: "mardi", "on Tuesday",
     * "vendredi dernier", "last Friday", "dans la nuit de lundi à mardi" (the second day: the night is mostly
     * after midnight), "hier", "yesterday", "avant-hier".
     */
    private static final AnchoredPattern RELATIVE_DAY = AnchoredPattern.compile(
            "(?<![\\p{L}-])(?:(?:nuit|night) (?:de |du |from )?" + WEEKDAY + " (?:à|au|to|into) )?(?:(last|dernier) )?"
                    + WEEKDAY + "(?: (dernier|last))?(?![\\p{L}-])|(?<![\\p{L}-])(avant-hier|hier|yesterday)(?![\\p{L}-])",
            FLAGS);

    /**
     * The words every match of {@link #RANGE} begins with: a sentence without them is not searched for a range (its
     * windows around each month name were tried for every dated sentence, and most name a single day).
     */
    static final AnchoredPattern RANGE_LEAD = AnchoredPattern.compile("between|from|entre|du", FLAGS);

    private EventDates() {
    }

    /**
     * The day a weekday or "yesterday" names, before the publication day {@code published} (YYYY-MM-DD): the same
     * weekday is the publication day itself unless "last"/"dernier" says the week before; null when none is named.
     * {@code folded} is the text's {@link AnchoredPattern#fold}.
     */
    private static Dated relative(String text, String folded, CharPairs pairs, String published) {
        if (published == null || published.length() != 10 || !pairs.mayHold(RELATIVE_DAY)) {
            return null;
        }
        WindowedFind f = RELATIVE_DAY.finder(text, folded);
        if (!f.find()) {
            return null;
        }
        Matcher m = f.match();
        LocalDate pub = LocalDate.parse(published);
        if (m.group(5) != null) {
            String y = norm(m.group(5));
            return new Dated(pub.minusDays(y.equals("avant-hier") ? 2 : 1).toString(), 1);
        }
        DayOfWeek day = WEEKDAYS.get(norm(m.group(3)));
        int back = (pub.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (back == 0 && (m.group(2) != null || m.group(4) != null)) {
            back = 7;
        }
        return new Dated(pub.minusDays(back).toString(), 1);
    }

    /** The first explicit date in {@code text}; the publication date (and its precision) when there is none. */
    static Dated of(String text, String published) {
        Dated d = explicit(text, AnchoredPattern.fold(text), published);
        return d != null ? d : fallback(published);
    }

    /**
     * The first explicit date in {@code text} (years taken from {@code published} when omitted); null when none.
     * {@code folded} is the text's {@link AnchoredPattern#fold}.
     */
    static Dated explicit(String text, String folded, String published) {
        return explicit(text, folded, new CharPairs(folded), published);
    }

    /**
     * {@link #explicit(String, String, String)} given the text's {@link CharPairs}: without a month name's letters,
     * only the relative days are searched for, and only where their letters are.
     */
    static Dated explicit(String text, String folded, CharPairs pairs, String published) {
        if (SAME_ANCHORS && !pairs.mayHold(RANGE)) {
            return relative(text, folded, pairs, published); // none of the three month patterns can match
        }
        int[] months = RANGE.anchorOffsets(folded); // the month names: the three patterns' anchors, found once
        int[] spaced = afterSpace(text, months);
        WindowedFind rFind = pairs.mayHold(RANGE_LEAD) && RANGE_LEAD.mayMatchFolded(folded)
                ? RANGE.finder(text, spaced) : null;
        WindowedFind dmFind = SAME_ANCHORS ? DAY_MONTH.finder(text, spaced) : DAY_MONTH.finder(text, folded);
        WindowedFind mdFind = SAME_ANCHORS ? MONTH_DAY.finder(text, beforeDay(text, months))
                : MONTH_DAY.finder(text, folded);
        int rAt = rFind != null && rFind.find() ? rFind.match().start() : Integer.MAX_VALUE;
        int dmAt = dmFind.find() ? dmFind.match().start() : Integer.MAX_VALUE;
        int mdAt = mdFind.find() ? mdFind.match().start() : Integer.MAX_VALUE;
        Matcher r = rFind == null ? null : rFind.match();
        Matcher dm = dmFind.match();
        Matcher md = mdFind.match();
        try {
            if (rAt != Integer.MAX_VALUE && rAt <= dmAt) {
                int year = year(r.group(5), published);
                int month = MONTHS.get(norm(r.group(4)));
                LocalDate from = LocalDate.of(year, r.group(2) == null ? month : MONTHS.get(norm(r.group(2))),
                        Integer.parseInt(r.group(1)));
                LocalDate to = LocalDate.of(year, month, Integer.parseInt(r.group(3)));
                LocalDate mid = from.plusDays((to.toEpochDay() - from.toEpochDay()) / 2);
                return new Dated(mid.toString(), to.toEpochDay() - from.toEpochDay() <= 7 ? 2 : 3);
            }
            if (dmAt != Integer.MAX_VALUE && dmAt <= mdAt) {
                int year = year(dm.group(3), published);
                return new Dated(LocalDate.of(year, MONTHS.get(norm(dm.group(2))),
                        Integer.parseInt(dm.group(1))).toString(), 1);
            }
            if (mdAt != Integer.MAX_VALUE) {
                int year = year(md.group(3), published);
                return new Dated(LocalDate.of(year, MONTHS.get(norm(md.group(1))),
                        Integer.parseInt(md.group(2))).toString(), 1);
            }
        } catch (java.time.DateTimeException e) {
            // "31 février" and the like name no real day: the text gives no usable date
            return null;
        }
        return relative(text, folded, pairs, published);
    }

    /**
     * The month names' offsets that a match of {@link #RANGE} or {@link #DAY_MONTH} can hold: those right after a
     * space, as both patterns write every month. A match's month is an anchor occurrence (a month's letters hold no
     * other month name but at their start), so every match keeps one, and the windows of the others ("mai" inside
     * "semaine", "mars" in "marsh", "may" in "mayor": a long French report holds dozens) are not searched: each cost
     * a few regex attempts per pattern, for what the kept windows find anyway. The offsets themselves when all are
     * kept.
     */
    static int[] afterSpace(String text, int[] months) {
        int n = 0;
        for (int o : months) {
            n += o > 0 && text.charAt(o - 1) == ' ' ? 1 : 0;
        }
        if (n == months.length) {
            return months;
        }
        int[] kept = new int[n];
        n = 0;
        for (int o : months) {
            if (o > 0 && text.charAt(o - 1) == ' ') {
                kept[n++] = o;
            }
        }
        return kept;
    }

    /**
     * The month names' offsets that can begin a match of {@link #MONTH_DAY}: where the run of letters from the offset
     * is followed by a space and an ASCII digit ({@code \d}), as the month of every match is (it begins the match,
     * and its letters end right before the space). The offsets themselves when all are kept.
     */
    static int[] beforeDay(String text, int[] months) {
        int[] kept = new int[months.length];
        int n = 0;
        for (int o : months) {
            int e = o;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e + 1 < text.length() && text.charAt(e) == ' ' && text.charAt(e + 1) >= '0'
                    && text.charAt(e + 1) <= '9') {
                kept[n++] = o;
            }
        }
        return n == months.length ? months : java.util.Arrays.copyOf(kept, n);
    }

    /**
     * The year a date gives, else the publication's, else this year's; read only for a date found (most sentences
     * name none), not for every sentence: an unpublished report's clock read alone cloned the default time zone.
     */
    private static int year(String given, String published) {
        if (given != null) {
            return Integer.parseInt(given);
        }
        return published == null ? LocalDate.now().getYear() : Integer.parseInt(published.substring(0, 4));
    }

    private static Dated fallback(String published) {
        if (published == null) {
            return new Dated(LocalDate.now().toString().substring(0, 7), 3);
        }
        return new Dated(published, published.length() == 10 ? 1 : 3);
    }

    private static String norm(String month) {
        return month.toLowerCase(Locale.ROOT);
    }
}
