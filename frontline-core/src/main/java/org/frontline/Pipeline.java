package org.frontline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRecognizer;
import org.frontline.article.Article;
import org.frontline.claims.ClaimAnalyzer;
import org.frontline.claims.Claims;
import org.frontline.claims.SourceMention;
import org.frontline.events.CodingInput;
import org.frontline.events.Event;
import org.frontline.events.EventCoder;
import org.frontline.geoparse.DocumentContext;
import org.frontline.geoparse.GeoHints;
import org.frontline.geoparse.Geoparser;
import org.frontline.geoparse.PlaceMention;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.frontline.text.TextAnalyzer;

/**
 * The one place that wires the stages: text → actors and sources → places → events. Immutable and thread-safe:
 * build it once ({@link Frontline#pipeline}) and call {@link #extract} from any number of threads.
 */
public final class Pipeline {
    private final TextAnalyzer textAnalyzer;
    private final ActorRecognizer actorRecognizer;
    private final Geoparser geoparser;
    private final ClaimAnalyzer claimAnalyzer;
    private final EventCoder eventCoder;

    public Pipeline(TextAnalyzer textAnalyzer, ActorRecognizer actorRecognizer, Geoparser geoparser,
                    ClaimAnalyzer claimAnalyzer, EventCoder eventCoder) {
        this.textAnalyzer = Objects.requireNonNull(textAnalyzer);
        this.actorRecognizer = Objects.requireNonNull(actorRecognizer);
        this.geoparser = Objects.requireNonNull(geoparser);
        this.claimAnalyzer = Objects.requireNonNull(claimAnalyzer);
        this.eventCoder = Objects.requireNonNull(eventCoder);
    }

    /** Extracts everything from one article; per-article trouble goes into {@link Extraction#problems()}. */
    public Extraction extract(Article article) {
        return extract(article, StageClock.NONE);
    }

    /** {@link #extract(Article)}, telling {@code clock} what each stage took. */
    public Extraction extract(Article article, StageClock clock) {
        List<String> problems = new ArrayList<>();
        Language declared = article.language() == null ? null : Language.of(article.language());
        long t0 = clock.now();
        AnalyzedText text = textAnalyzer.analyze(article.body(), declared);
        long t1 = clock.now();
        clock.spent(StageClock.Stage.TEXT, t1 - t0);
        Article withLang = article.language() == null ? article.withLanguage(text.language().code()) : article;
        LocalDate date = Dates.firstDay(article.published());
        if (date == null) {
            problems.add("no publication date: events are undated and actor names are resolved as of today");
        }
        t1 = clock.now();
        List<ActorMention> actors = actorRecognizer.recognize(text, date, null);
        long t2 = clock.now();
        clock.spent(StageClock.Stage.ACTORS, t2 - t1);
        Claims claims = claimAnalyzer.analyze(text);
        long t3 = clock.now();
        clock.spent(StageClock.Stage.CLAIMS, t3 - t2);
        List<int[]> taken = new ArrayList<>();
        for (ActorMention a : actors) {
            taken.add(new int[] {a.start(), a.end()});
        }
        for (SourceMention s : claims.sources()) {
            taken.add(new int[] {s.start(), s.end()});
        }
        String hint = actorsCountry(actors);
        List<PlaceMention> places = geoparser.geoparse(text, new GeoHints(taken,
                hint != null ? hint : sourcesCountry(claims.sources())));
        long t4 = clock.now();
        clock.spent(StageClock.Stage.GEOPARSE, t4 - t3);
        String country = DocumentContext.mainCountry(places);
        if (country != null) {
            actors = actorRecognizer.recognize(text, date, country);
        }
        long t5 = clock.now();
        clock.spent(StageClock.Stage.ACTORS, t5 - t4);
        List<Event> events = eventCoder.code(new CodingInput(withLang, text, places, actors, claims));
        clock.spent(StageClock.Stage.EVENTS, clock.now() - t5);
        return new Extraction(withLang, places, actors, claims.sources(), events, problems);
    }

    /** The one country the article's sources report on ("selon l'OSDH": Syria); null when none or several. */
    static String sourcesCountry(List<SourceMention> sources) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (SourceMention s : sources) {
            if (s.source().covers() != null) {
                covered.add(s.source().covers());
            }
        }
        return covered.size() == 1 ? covered.iterator().next() : null;
    }

    /** The country most of the article's own actors belong to (external forces do not vote); null when none. */
    static String actorsCountry(List<ActorMention> actors) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (ActorMention m : actors) {
            if (m.actor().country() != null && m.actor().inter() != 8) {
                votes.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }
}
