package org.frontline.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.frontline.Extraction;
import org.frontline.app.extract.ExtractionWriter;
import org.frontline.events.Event;
import org.frontline.store.EventStore;
import org.frontline.store.StoredArticle;
import org.frontline.store.StoredEvent;

/**
 * Turns the store's event stream (id order, so an article's events come together) back into extractions the
 * extract writers take: each article's stored extraction with only its matching events, in salience order.
 */
final class ArticleGroups implements Consumer<StoredEvent> {
    private final EventStore store;
    private final ExtractionWriter writer;
    private final List<StoredEvent> pending = new ArrayList<>();
    private long events;
    private long articles;

    ArticleGroups(EventStore store, ExtractionWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @Override
    public void accept(StoredEvent e) {
        if (!pending.isEmpty() && !pending.get(0).articleId().equals(e.articleId())) {
            flush();
        }
        pending.add(e);
    }

    /** Writes the last article's events; call once the stream has ended. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String articleId = pending.get(0).articleId();
        StoredArticle article = store.article(articleId).orElseThrow(() -> new IllegalStateException(
                "event " + pending.get(0).id() + " belongs to article " + articleId + ", which is not stored"));
        List<Event> matching = pending.stream().sorted(Comparator.comparingInt(StoredEvent::rank))
                .map(StoredEvent::event).toList();
        Extraction x = article.extraction();
        try {
            writer.write(new Extraction(x.article(), x.places(), x.actors(), x.sources(), matching, x.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events += matching.size();
        articles++;
        pending.clear();
    }

    long events() {
        return events;
    }

    long articles() {
        return articles;
    }
}
