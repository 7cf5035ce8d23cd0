package org.frontline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Line-per-entry lexicon resources: UTF-8, one entry a line, '#' comments and blank lines skipped. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The entries of {@code resource}, resolved relative to {@code owner}'s package. */
    public static List<String> of(Class<?> owner, String resource) {
        String where = owner.getPackageName().replace('.', '/') + "/" + resource;
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FrontlineException("missing resource " + where);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
        return out;
    }
}
