package org.frontline.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.FrontlineException;
import org.frontline.YamlNode;
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
    private static final Set<String> KEYS = Set.of("name", "stance", "scale", "kind", "aliases", "note", "covers");

    /** One outlet as written in sources.yaml, and the line it starts on. */
    record SourceYaml(String name, String stance, String scale, String kind, List<String> aliases, String note,
                      String covers, YamlNode at) {
        static SourceYaml of(YamlNode n) {
            n.requireKeys(KEYS);
            return new SourceYaml(n.get("name").text(), n.get("stance").text(), n.get("scale").text(),
                    n.get("kind").text(), n.get("aliases").texts(), n.get("note").text(), n.get("covers").text(), n);
        }
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
                throw y.at().error("a source needs a name and a stance");
            }
            Source s = new Source(y.name(), y.stance(), y.scale(), y.covers());
            if (names.putIfAbsent(s.name(), s) != null) {
                throw y.at().error("source " + s.name() + " is defined twice");
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
            return load(in, BUNDLED);
        } catch (IOException e) {
            throw new FrontlineException("Cannot read the bundled source catalog " + BUNDLED, e);
        }
    }

    /**
     * A catalog from a YAML stream in the sources.yaml format; the caller closes it.
     *
     * @param file the stream's name in errors, which read "FILE line N: problem"
     */
    public static SourceCatalog load(InputStream yaml, String file) {
        YamlNode root = YamlNode.read(yaml, file).requireKeys(Set.of("sources"));
        List<SourceYaml> entries = new ArrayList<>();
        for (YamlNode n : root.get("sources").items()) {
            entries.add(SourceYaml.of(n));
        }
        return new SourceCatalog(entries);
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
