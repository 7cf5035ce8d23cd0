package org.frontline.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-per-entry lexicon resources of this package (comments with '#', blank lines skipped). */
final class PhraseLexicon {
    private PhraseLexicon() {
    }

    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/frontline/claims/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/frontline/claims/" + resource, e);
        }
        return out;
    }
}
