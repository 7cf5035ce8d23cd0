package org.frontline.app.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.fusion.ReportedEvent;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredArticle;

/**
 * Every event of a store as a report for fusion, read from the stored extractions (fusion needs each report's
 * article: its outlet, the evidence sentences and the towns they name), with the store's id of each report.
 *
 * @param eventIds the store's event id of each report, by report id ("sha256:…#rank")
 */
public record StoredReports(List<ReportedEvent> reports, Map<String, Long> eventIds) {
    private static final int PAGE = 500;

    public StoredReports {
        reports = List.copyOf(reports);
        eventIds = Map.copyOf(eventIds);
    }

    public static StoredReports read(EventStore store) {
        List<ReportedEvent> reports = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<StoredArticle> page = store.articles(PAGE, offset).items();
            page.forEach(a -> reports.addAll(ReportedEvent.of(a.extraction())));
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, Long> ids = new HashMap<>();
        store.forEachEvent(EventQuery.all(), e -> ids.put(e.articleId() + "#" + e.rank(), e.id()));
        return new StoredReports(reports, ids);
    }
}
