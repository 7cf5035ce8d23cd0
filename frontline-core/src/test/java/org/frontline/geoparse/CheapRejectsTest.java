package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests in front of the geoparser's per-mention patterns (speed round 19g) answer what the patterns
 * answer: {@link PartOf#mayTell} lets through every gap between two names that one of the part-of patterns matches,
 * {@link VillageTrust#inCountry} is its pattern over every such gap,
 * {@link Abroad#theBefore} and {@link Abroad#streetAfter} are their patterns over the same windows, and
 * {@link Qualifiers#joins} is its pattern over every such gap, {@link CountryVote#winner} picks what the stream's
 * max picked, ties included; on every name of French and English
 * reports (as written and upper-cased) and on texts made to match; {@link Directions#of} answers as its map alone
 * on their words.
 */
class CheapRejectsTest {
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final List<Pattern> PART_OF = List.of(PartOf.BETWEEN, PartOf.NEAR, PartOf.DIRECTION_OF, PartOf.IN,
            PartOf.IN_DISTRICT);

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Wadi area of Vadodara", "Wadi, un quartier de Vadodara",
                "Baglar neighborhood of Bagcilar", "Al Haddadiyeh near Shadadah", "Salib Qaran in the western "
                        + "countryside of Tell Abiad", "Jurdi, dans la campagne est de Deir ez-Zor", "Sinjar area west "
                        + "of As-Saan", "Sinjar, à l'ouest d'As-Saan", "Khanacer, au sud-est d’Alep", "Maraban Baissa in "
                        + "Donga LGA", "Maraban Baissa, dans la LGA de Donga", "Tall Sakhr in rural Ras",
                "Tafas\tnear\nDaraa", "Tafas  \r\n, près de Daraa", "workers of the Metro", "in the\nMetro",
                "by the \r\nMetro", "the  Metro", "Paulista Avenue", "Lazaro Cardenas Boulevard", "Main\tStreet",
                "Mall Blvd.", "Mall Blvdx", "Cairo Streets", "A B", "X", "X Y", "Sidon-Tyr highway",
                "Palma in northern Mozambique", "Palma, dans le nord du Mozambique", "Palma (Mozambique)",
                "Palma in the north-eastern part of Mozambique", "Palma, en République",
                // speed round 27g: the part-of gap's opening word read before the patterns
                "Wadi ſtreet of Vadodara", "Wadi neighbourhood of Vadodara", "Wadi , \tquartier de Vadodara",
                "Wadi, , near Vadodara", "Wadi, et près de Vadodara", "Wadi, à l'est d'Alep", "Wadi,au sud d'Alep",
                "Wadi northeast of Alep", "Wadi nearby Alep", "Wadi ınside Alep", "Wadi \u00A0near Alep", "Wadi et Alep",
                "Wadi, ", "Wadi - near Alep", "Wadi, non loin de Alep", "Wadi ar\u00E9a of Alep"));
        for (String r : SpanLookupsTest.REPORTS) {
            String text = read(r);
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
        }
        return texts;
    }

    private static List<int[]> names(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher w = NAME.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        return words;
    }

    @Test
    void letsThroughEveryGapThatAPartOfOrCountryPatternMatches() throws IOException {
        int gaps = 0;
        int matched = 0;
        int passed = 0;
        int inCountry = 0;
        for (Pattern p : PART_OF) { // the empty gap is passed: no pattern reads it
            assertThat(p.matcher("").matches()).isFalse();
        }
        assertThat(VillageTrust.IN_COUNTRY.matcher("").matches()).isFalse();
        for (String text : texts()) {
            List<int[]> words = names(text);
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size() && words.get(j)[0] - words.get(i)[1] <= 300; j++) {
                    int from = words.get(i)[1];
                    int to = words.get(j)[0];
                    String gap = text.substring(from, to);
                    boolean country = VillageTrust.IN_COUNTRY.matcher(gap).matches();
                    assertThat(VillageTrust.inCountry(text, from, to)).as("'%s'", gap).isEqualTo(country);
                    inCountry += country ? 1 : 0;
                    boolean any = PART_OF.stream().anyMatch(p -> p.matcher(gap).matches());
                    boolean may = PartOf.mayTell(text, from, to);
                    if (any) {
                        assertThat(may).as("'%s'", gap).isTrue();
                        matched++;
                    }
                    passed += may ? 0 : 1;
                    gaps++;
                }
            }
        }
        assertThat(matched).as("gaps a pattern matches").isGreaterThan(20);
        assertThat(inCountry).as("gaps naming a country").isGreaterThan(3);
        assertThat(passed).as("gaps passed without matching, of %d", gaps).isGreaterThan(gaps * 3 / 4);
    }

    /** Speed round 27g: {@link Gaps#wordsAnd} tells ASCII letters by range, every other char as before. */
    @Test
    void readsEveryCharOfAGapAsTheJdksLetterTestDoes() {
        int letters = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isLetter(c) || c == ' ' || c >= '\t' && c <= '\r' || c == ',';
            assertThat(Gaps.wordsAnd(String.valueOf(c), 0, 1, ",")).as("U+%04X", (int) c).isEqualTo(expected);
            letters += expected ? 1 : 0;
        }
        assertThat(letters).isGreaterThan(40_000);
    }

    @Test
    void joinsGapsAsItsPatternDoes() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Ciudad Juarez, Chihuahua", "Tafas in Dar'a", "Basira town in Deir-ez-Zor",
                "Bule (Djugu, Ituri)", "Tafas DANS Daraa", "Tafas ın Daraa", "Tafas danſ Daraa", "Tafas Of Daraa",
                "Tafas and Daraa", "Ado LGA de Benue", "Abu Duhur village in the southern countryside of Idlib",
                "Tafas dans la campagne sud de Daraa", "Tafas d'Alep", "Tafas Dan Daraa", "Tafas ans Daraa",
                // speed round 26g: the gap's first word read before the pattern
                "Tafas town, Daraa", "Tafas LGA (Benue", "Tafas İn Daraa", "Tafas townin Daraa", "Tafas Towns of Daraa",
                "Tafas\u00A0in Daraa", "Tafas ínside Daraa", "Tafas après Daraa", "Tafas 3 in Daraa",
                "Tafas Governorate de Daraa", "Tafas were shelled in Daraa", "Tafas subdiviſion of Daraa",
                "Tafas inside Daraa", "Tafas deé Daraa", "Tafas \u000Bof Daraa",
                // speed round 27g: a unit word and its joiner told without the pattern
                "Tafas city (Daraa", "Tafas district, Daraa", "Tafas area of Daraa", "Tafas lga ( Daraa",
                "Tafas town in Daraa", "Tafas city(Daraa", "Tafas cityof Daraa", "Tafas city , of Daraa",
                "Tafas city\tIN\n Daraa", "Tafas cıty (Daraa", "Tafas city inside Daraa", "Tafas city in(Daraa",
                "Tafas governorate dans Daraa", "Tafas  village  de  Daraa", "Tafas city", "Tafas city ,",
                "Tafas municipality ,\r\nDaraa", "Tafas city (Al Mina, Daraa", "Tafas town de la Daraa"));
        int gaps = 0;
        int joined = 0;
        for (String text : texts) {
            List<int[]> words = names(text);
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size() && words.get(j)[0] - words.get(i)[1] <= 300; j++) {
                    int from = words.get(i)[1];
                    int to = words.get(j)[0];
                    boolean expected = Qualifiers.JOIN.matcher(text.substring(from, to)).matches();
                    assertThat(Qualifiers.joins(text, from, to)).as("'%s'", text.substring(from, to))
                            .isEqualTo(expected);
                    joined += expected ? 1 : 0;
                    gaps++;
                }
            }
        }
        assertThat(joined).as("gaps joined of %d", gaps).isGreaterThan(30);
    }

    @Test
    void readsTheArticleBeforeAndTheStreetAfterAsTheirPatterns() throws IOException {
        int the = 0;
        int street = 0;
        for (String text : texts()) {
            for (int to = 0; to <= text.length(); to++) { // every position, as a name's start and as its end
                int from = Math.max(0, to - 20);
                boolean before = Abroad.COMMON_BEFORE.matcher(text.substring(from, to)).find();
                assertThat(Abroad.theBefore(text, from, to)).as("before %d of %s", to, text.length())
                        .isEqualTo(before);
                boolean after = Abroad.STREET_AFTER.matcher(text.substring(to, Math.min(text.length(), to + 12)))
                        .find();
                assertThat(Abroad.streetAfter(text, to)).as("after %d", to).isEqualTo(after);
                the += before ? 1 : 0;
                street += after ? 1 : 0;
            }
        }
        assertThat(the).isGreaterThan(5);
        assertThat(street).isGreaterThanOrEqualTo(4);
    }

    /**
     * Speed round 29g: the country vote's "a name follows" test reads the first char past white space before its
     * pattern; it answers as the pattern alone at every offset of the texts and of gaps made to match.
     */
    @Test
    void tellsANameFollowingAsItsPatternDoes() throws IOException {
        Pattern nameAfter = Pattern.compile("\\s*[,(]\\s*\\p{Lu}");
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Guaira, Parana", "Guaira ,Parana", "Guaira\t(\u000BParana", "Guaira  ,   Parana",
                "Guaira,\n\u00C9tat", "Guaira, parana", "Guaira (", "Guaira ,", "Guaira\u00A0, Parana",
                "Guaira\u2028,Parana", "Guaira       , Parana", "Guaira,"));
        int followed = 0;
        int offsets = 0;
        for (String text : texts) {
            for (int end = 0; end <= text.length(); end++) {
                boolean expected = nameAfter.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
                assertThat(CountryVote.followedByName(text, end)).as("%d in %s", end, text).isEqualTo(expected);
                followed += expected ? 1 : 0;
                offsets++;
            }
        }
        assertThat(offsets).isGreaterThan(8_000);
        assertThat(followed).isGreaterThan(50);
    }

    @Test
    void picksTheCountryTheStreamsMaxPicked() {
        Random random = new Random(19);
        String[] countries = {"SY", "IQ", "LB", "TR", "YE", "LY", "AF", "NG", "ML", "CD", "MX", "BR", "IN", "PK"};
        for (int round = 0; round < 5000; round++) {
            Map<String, Double> votes = new HashMap<>();
            int n = random.nextInt(countries.length + 1);
            for (int k = 0; k < n; k++) {
                votes.merge(countries[random.nextInt(countries.length)], random.nextInt(8) * 0.5, Double::sum);
            }
            String expected = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(e -> e.getValue() >= 1.0).map(Map.Entry::getKey).orElse(null);
            assertThat(CountryVote.winner(votes)).as(votes.toString()).isEqualTo(expected);
            assertThat(CountryVote.heaviest(votes)).as(votes.toString())
                    .isEqualTo(votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null));
        }
    }

    @Test
    void tellsCompassWordsAsTheMapAloneDoes() throws IOException {
        List<String> words = new ArrayList<>(List.of("", "Nord", "SUD-EST", "sud\u2011ouest", "North-Eastern",
                "Œst", "İnord", "\u0130", "Ωest", "été", "Centre", "ÉST", "west"));
        for (String text : texts()) {
            words.addAll(List.of(text.split("[\\s,.;:()«»\"]+")));
        }
        int found = 0;
        for (String w : words) {
            assertThat(Directions.of(w)).as(w).isEqualTo(Directions.lookup(w));
            found += Directions.lookup(w) != null ? 1 : 0;
        }
        assertThat(words).hasSizeGreaterThan(1000);
        assertThat(found).isGreaterThan(20);
    }
}
