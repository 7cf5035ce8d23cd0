package org.frontline.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.article.Article;

/** An ACLED export's rows as the articles {@code eval acled} codes (notes, published on the event date). */
public final class AcledArticles {
    private AcledArticles() {
    }

    /** Every usable row's article, in file order; each unusable row is added to {@code rejected} as one line. */
    public static List<Article> read(Path csv, List<String> rejected) {
        List<Article> articles = new ArrayList<>();
        for (Table.Row row : Table.read(csv, Table.CSV, AcledRow.COLUMNS)) {
            try {
                articles.add(AcledRow.parse(row).article());
            } catch (FrontlineException e) {
                rejected.add(e.getMessage());
            }
        }
        return articles;
    }
}
