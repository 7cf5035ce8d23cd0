package org.frontline.fusion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.article.ArticleReaders;
import org.frontline.article.InputFormat;

/**
 * The test set: the January 2018 government offensive east of Idlib told by outlets of every stance (SANA
 * pro-government, AFP citing SOHR, Orient News, Step News and Enab Baladi for the opposition, Ebaa for HTS), in
 * French and English, coded by the real pipeline. Built once per JVM: the pipeline loads the bundled catalogs.
 */
public final class OffensiveReports {
    public static final List<String> FILES = List.of(
            "2018-01-20-sana-abu-duhur-en.txt", "2018-01-20-afp-abou-douhour-fr.txt",
            "2018-01-20-step-abou-douhour-fr.txt", "2018-01-21-orient-tall-sultan-en.txt",
            "2018-01-21-sana-tall-sultan-fr.txt", "2018-01-22-sohr-saraqib-en.txt",
            "2018-01-22-enab-saraqib-fr.txt", "2018-01-23-ebaa-jarjanaz-en.txt");
    private static List<Extraction> extractions;
    private static Analysis analysis;

    private OffensiveReports() {
    }

    public static synchronized List<Extraction> extractions() {
        if (extractions == null) {
            Pipeline pipeline = Frontline.pipeline(Frontline.Config.defaults());
            List<Extraction> out = new ArrayList<>();
            for (String f : FILES) {
                out.add(pipeline.extract(new ArticleReaders().read(f, read("offensive/" + f), InputFormat.AUTO)
                        .articles().get(0)));
            }
            extractions = List.copyOf(out);
        }
        return extractions;
    }

    public static synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = Frontline.analysis(Frontline.Config.defaults());
        }
        return analysis;
    }

    /** A test resource beside this package, as bytes. */
    public static byte[] read(String name) {
        try (InputStream in = OffensiveReports.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + name, e);
        }
    }
}
