package org.frontline.app.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.frontline.FrontlineException;
import org.frontline.app.ArticleSource;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;

/**
 * The articles a bench run extracts, with their size in UTF-8 bytes and in tokens (counted once with the
 * pipeline's own tokenizer, so tokens/s means the same thing as the pipeline's unit of work). ACLED exports
 * (a {@code .csv} with a {@code notes} column) give one English article per row's notes; CASE-2021 files (a
 * {@code .tsv} with an {@code EventSnippet} column) one per snippet; any other file goes through the article
 * readers (text, HTML, JSONL, RSS, seed format).
 *
 * @param articles   what to extract, in a fixed order
 * @param utf8Bytes  per article, its body's size in UTF-8
 * @param tokens     per article, its token count
 */
public record BenchCorpus(List<Article> articles, long[] utf8Bytes, int[] tokens) {
    public BenchCorpus {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new FrontlineException("the bench corpus has no article");
        }
        if (utf8Bytes.length != articles.size() || tokens.length != articles.size()) {
            throw new IllegalArgumentException("one size and one token count per article");
        }
    }

    /** Measures each article's bytes and tokens. */
    public static BenchCorpus of(List<Article> articles) {
        RuleTextAnalyzer analyzer = new RuleTextAnalyzer();
        long[] bytes = new long[articles.size()];
        int[] tokens = new int[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            bytes[i] = a.body().getBytes(StandardCharsets.UTF_8).length;
            Language declared = a.language() == null ? null : Language.of(a.language());
            tokens[i] = analyzer.analyze(a.body(), declared).sentences().stream()
                    .mapToInt(s -> s.tokens().size()).sum();
        }
        return new BenchCorpus(articles, bytes, tokens);
    }

    public long totalBytes() {
        return java.util.Arrays.stream(utf8Bytes).sum();
    }

    public long totalTokens() {
        return java.util.Arrays.stream(tokens).asLongStream().sum();
    }

    /** This corpus with every body repeated {@code times} times (paragraphs), to see how cost grows with length. */
    public BenchCorpus lengthened(int times) {
        if (times == 1) {
            return this;
        }
        List<Article> longer = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String body = String.join("\n\n", java.util.Collections.nCopies(times, a.body()));
            longer.add(new Article(null, a.inputId(), a.source(), a.published(), a.language(), a.title(), body));
        }
        return of(longer);
    }

    /**
     * Every article of the files under {@code path} (a file or a directory, walked recursively, files in name
     * order). {@code recurse} false reads only the directory's own files (shared/eval has a held-out folder that
     * the default corpus leaves alone).
     */
    public static List<Article> read(Path path, boolean recurse, ArticleSource source) {
        List<Article> articles = new ArrayList<>();
        for (Path file : files(path, recurse)) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".csv")) {
                articles.addAll(column(file, CSVFormat.DEFAULT, "notes"));
            } else if (name.endsWith(".tsv")) {
                articles.addAll(column(file, CSVFormat.TDF.builder().setQuote(null).get(), "EventSnippet"));
            } else if (!name.endsWith(".md") && !name.endsWith(".json") && !name.startsWith(".")) {
                articles.addAll(readArticles(file, source));
            }
        }
        return articles;
    }

    private static List<Path> files(Path path, boolean recurse) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new FrontlineException("bench corpus " + path + " is neither a file nor a directory");
        }
        try (Stream<Path> walk = recurse ? Files.walk(path) : Files.list(path)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new FrontlineException("cannot list the bench corpus " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Article> readArticles(Path file, ArticleSource source) {
        try {
            return source.read(file.toString(), Files.readAllBytes(file), InputFormat.AUTO).articles();
        } catch (IOException e) {
            throw new FrontlineException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One English article per non-blank cell of {@code column}; a table without that column gives none. */
    private static List<Article> column(Path file, CSVFormat format, String column) {
        CSVFormat headed = format.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Article> articles = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, headed)) {
            if (!parser.getHeaderMap().containsKey(column)) {
                return List.of();
            }
            for (CSVRecord row : parser) {
                String text = row.isSet(column) ? row.get(column).strip() : "";
                if (!text.isEmpty()) {
                    articles.add(new Article(null, file.getFileName() + ":" + row.getRecordNumber(), null, null,
                            "en", null, text));
                }
            }
            return articles;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new FrontlineException(file + ": not a readable table: " + e.getMessage(), e);
        }
    }
}
