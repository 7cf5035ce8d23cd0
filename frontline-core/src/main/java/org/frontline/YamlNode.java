package org.frontline;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A node of a YAML file the catalogs are written in (actors, sources, triggers), read as SnakeYAML's node tree: every
 * value keeps its line, so a bad entry is reported as "FILE line N: problem" in one line, and a mapping's keys are
 * checked against the ones its reader knows, so a misspelt key is an error instead of a value silently lost.
 * Reading the tree directly instead of through Jackson's YAML mapper spares a start the mapper's YAML half (some 100
 * classes; docs/performance.md) and the product a dependency. Scalars are read as written: a value is text unless its
 * reader asks for a number or a flag; a plain {@code ~}, {@code null} or empty value is absent, as is a missing key.
 * Immutable.
 */
public final class YamlNode {
    private final String file;
    private final Node node;
    private final int line;

    private YamlNode(String file, Node node, int line) {
        this.file = file;
        this.node = node;
        this.line = line;
    }

    /**
     * The root of the one document in {@code in} (UTF-8; the caller closes it), absent for an empty file.
     *
     * @param file the file's name in error messages
     * @throws FrontlineException "FILE line N: problem" when the text is not YAML
     */
    public static YamlNode read(InputStream in, String file) {
        try {
            LoaderOptions options = new LoaderOptions();
            Composer composer = new Composer(new ParserImpl(new StreamReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8)), options), new Resolver(), options);
            Node root = composer.getSingleNode();
            return new YamlNode(file, root, root == null ? 1 : root.getStartMark().getLine() + 1);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1
                    : e.getContextMark() != null ? e.getContextMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new FrontlineException(file + (line > 0 ? " line " + line : "") + ": not valid YAML: "
                    + oneLine(problem), e);
        } catch (YAMLException e) {
            throw new FrontlineException(file + ": not valid YAML: " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
    }

    /** Whether the value is absent: a missing key, an empty value or null. */
    public boolean isAbsent() {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    /** The value's line in its file, from 1 (a missing key's is its mapping's). */
    public int line() {
        return line;
    }

    /** An error at this value, naming its file and line. */
    public FrontlineException error(String problem) {
        return new FrontlineException(file + " line " + line + ": " + problem);
    }

    /** The items of a list; none when absent. */
    public List<YamlNode> items() {
        if (isAbsent()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        List<YamlNode> out = new ArrayList<>(seq.getValue().size());
        for (Node n : seq.getValue()) {
            out.add(of(n));
        }
        return out;
    }

    /**
     * Checks that this is a mapping (or absent) whose keys are all among {@code known} and none given twice.
     *
     * @return this
     */
    public YamlNode requireKeys(Set<String> known) {
        for (NodeTuple t : tuples()) {
            String key = keyOf(t);
            if (!known.contains(key)) {
                throw of(t.getKeyNode()).error("unknown key '" + key + "' (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
        keys(); // none given twice
        return this;
    }

    /** The value of a key of this mapping; absent when the key is missing. */
    public YamlNode get(String key) {
        for (NodeTuple t : tuples()) {
            if (keyOf(t).equals(key)) {
                return of(t.getValueNode());
            }
        }
        return new YamlNode(file, null, line);
    }

    /** The keys of this mapping, in file order; none when absent. A key given twice is an error at its second. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : tuples()) {
            String key = keyOf(t);
            if (!seen.add(key)) {
                throw of(t.getKeyNode()).error("key '" + key + "' is given twice");
            }
            keys.add(key);
        }
        return keys;
    }

    /** The text of a scalar as written; null when absent. */
    public String text() {
        if (isAbsent()) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
        }
        return s.getValue();
    }

    /** A list of scalars' texts; null when absent. */
    public List<String> texts() {
        if (isAbsent()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : items()) {
            String s = item.text();
            if (s == null) {
                throw item.error("empty list item");
            }
            out.add(s);
        }
        return out;
    }

    /** A whole number; null when absent. */
    public Integer integer() {
        String s = text();
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw error("'" + s + "' is not a whole number");
        }
    }

    /** A flag, {@code true} or {@code false}; null when absent. */
    public Boolean flag() {
        String s = text();
        if (s == null) {
            return null;
        }
        return switch (s.trim()) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> throw error("'" + s + "' is not true or false");
        };
    }

    private List<NodeTuple> tuples() {
        if (isAbsent()) {
            return List.of();
        }
        if (!(node instanceof MappingNode map)) {
            throw error("expected a mapping of keys to values");
        }
        return map.getValue();
    }

    private String keyOf(NodeTuple t) {
        YamlNode key = of(t.getKeyNode());
        String s = key.text();
        if (s == null) {
            throw key.error("empty key");
        }
        return s;
    }

    private YamlNode of(Node n) {
        return new YamlNode(file, n, n.getStartMark().getLine() + 1);
    }
}
