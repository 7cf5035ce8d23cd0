package org.frontline.claims;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.FrontlineException;
import org.frontline.actors.PhraseMatcher;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Words;

/**
 * The outlets and channels claims are attributed to, with stance and ACLED source scale, and their recognition in
 * a body: whole words, longest match, case and accents ignored except for short all-capital names ("MG", "AFP",
 * "RT"), which match only in capitals; "Média de guerre (MG)" is one mention. Recognition only: who said what is
 * the attribution stage's business. Immutable and thread-safe.
 */
public final class SourceCatalog {
    private static final String BUNDLED = "/org/frontline/claims/sources.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One outlet as written in sources.yaml. */
    record SourceYaml(String name, String stance, String scale, String kind, List<String> aliases, String note,
                      String covers) {
    }

    record FileYaml(List<SourceYaml> sources) {
    }

    private final Map<String, Source> byName;
    private final Map<String, List<String>> aliases;
    private final PhraseMatcher<Source> matcher;

    private SourceCatalog(List<SourceYaml> entries) {
        Map<String, Source> names = new LinkedHashMap<>();
        Map<String, List<String>> als = new LinkedHashMap<>();
        PhraseMatcher.Builder<Source> b = PhraseMatcher.builder();
        for (SourceYaml y : entries) {
            if (y.name() == null || y.name().isBlank() || y.stance() == null || y.stance().isBlank()) {
                throw new FrontlineException("Source catalog entry " + y + " needs a name and a stance");
            }
            Source s = new Source(y.name(), y.stance(), y.scale(), y.covers());
            if (names.putIfAbsent(s.name(), s) != null) {
                throw new FrontlineException("Source " + s.name() + " is defined twice in the source catalog");
            }
            List<String> a = y.aliases() == null ? List.of() : List.copyOf(y.aliases());
            als.put(s.name(), a);
            b.addExact(s.name(), s);
            a.forEach(alias -> b.addExact(alias, s));
        }
        this.byName = Collections.unmodifiableMap(names);
        this.aliases = Collections.unmodifiableMap(als);
        this.matcher = b.build();
    }

    /** The catalog shipped in the jar. */
    public static SourceCatalog loadBundled() {
        try (InputStream in = SourceCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new FrontlineException("The bundled source catalog " + BUNDLED + " is missing");
            }
            return load(in);
        } catch (IOException e) {
            throw new FrontlineException("Cannot read the bundled source catalog " + BUNDLED, e);
        }
    }

    /** A catalog from a YAML stream in the sources.yaml format; the caller closes it. */
    public static SourceCatalog load(InputStream yaml) {
        try {
            FileYaml file = YAML.readValue(yaml, FileYaml.class);
            return new SourceCatalog(file == null || file.sources() == null ? List.of() : file.sources());
        } catch (IOException e) {
            throw new FrontlineException("Cannot read source catalog: " + e.getMessage(), e);
        }
    }

    /** Sources named in {@code body}, in text order, non-overlapping; offsets are UTF-16, end exclusive. */
    public List<SourceMention> find(String body) {
        return find(body, Words.split(body));
    }

    /**
     * {@link #find(String)} over the text stage's split of {@code body} ({@link AnalyzedText#words}), the one the
     * actor catalog's matcher read too.
     */
    public List<SourceMention> find(AnalyzedText text) {
        return find(text.body(), text.words());
    }

    private List<SourceMention> find(String body, List<Words.Word> words) {
        List<SourceMention> out = new ArrayList<>();
        for (PhraseMatcher.Hit<Source> hit : matcher.find(body, words)) {
            out.add(new SourceMention(body.substring(hit.start(), hit.end()), hit.start(), hit.end(), hit.values().get(0)));
        }
        return List.copyOf(out);
    }

    public Optional<Source> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Source> sources() {
        return List.copyOf(byName.values());
    }

    /** The aliases of a source as written in the catalog (empty for an unknown name). */
    public List<String> aliases(String name) {
        return aliases.getOrDefault(name, List.of());
    }
}
