package org.frontline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports the tests read from the test resources under /org/frontline/: one reader for every test class. */
public final class TestTexts {
    private TestTexts() {
    }

    /**
     * Eight reports of the test resources, four French and four English (the founding article and the offensive of
     * January 2018 as six outlets told it): the texts the speed tests compare a fast search with its regex on. A new
     * array per call, so no test can change another's.
     */
    public static String[] eightReports() {
        return new String[] {"corpus/2018-01-aleppo-khanasir.txt",
            "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
            "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt", "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
            "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
            "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt"};
    }

    /** The UTF-8 text of test resource /org/frontline/{@code resource}. */
    public static String read(String resource) throws IOException {
        try (InputStream in = TestTexts.class.getResourceAsStream("/org/frontline/" + resource)) {
            if (in == null) {
                throw new IOException("no test resource /org/frontline/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Each resource's text as written, then upper-cased ({@link Locale#ROOT}: "İ" and "ß" change length), in the
     * resources' order: what a matcher that reads a fold or a span must answer alike.
     */
    public static List<String> asWrittenAndUpperCased(String... resources) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String resource : resources) {
            String text = read(resource);
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
        }
        return texts;
    }
}
