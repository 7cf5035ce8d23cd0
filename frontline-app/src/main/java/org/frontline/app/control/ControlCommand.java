package org.frontline.app.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.Analysis;
import org.frontline.Dates;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.app.extract.ArticleInputs;
import org.frontline.app.store.StoreOption;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import org.frontline.control.ControlClaim;
import org.frontline.control.PlaceTimeline;
import org.frontline.control.TerritoryControl;
import org.frontline.store.EventStore;
import org.frontline.store.FusedQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code frontline control PLACE [--db PATH | --postgres URL | --from FILE...]}: the control timeline of one place,
 * from the control claims the store keeps for its fused events (or from the reports given, coded and fused on the
 * spot), each claim
 * with its sources and confidence, and who held it on {@code --at}.
 */
@Command(name = "control", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Who controls a place, since when, according to whom.",
            "PLACE is a name in any spelling (Khanacer, Khanasir) or an id (geonames:168351).",
            "Exit 1 when some input was rejected."})
public final class ControlCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLACE", description = "The place: a name or a gazetteer id.")
    String place;

    @Option(names = "--at", paramLabel = "DATE", description = "Who held it on this day (YYYY-MM-DD, YYYY-MM, YYYY).")
    String at;

    @Option(names = "--json", description = "One JSON object: place, at, controller, claims_at, timeline.")
    boolean json;

    @Option(names = "--from", paramLabel = "FILE|DIR|-", arity = "1..*",
            description = "Reports to code and read the events from (any --in format) instead of the store.")
    List<String> from = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--in", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, seed, text, html, jsonl, rss (default: ${DEFAULT-VALUE}).")
    InputFormat in;

    @Mixin
    GazetteerOption gazetteer;

    public ControlCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws java.io.IOException {
        LocalDate day = day();
        List<String> rejected = new ArrayList<>();
        Optional<PlaceTimeline> timeline;
        long fused;
        if (from.isEmpty()) {
            try (EventStore events = store.open(context, spec.commandLine())) {
                List<ControlClaim> claims = events.controlClaims(place);
                timeline = claims.isEmpty() ? Optional.empty()
                        : Optional.of(TerritoryControl.timeline(claims.get(0).place(), claims));
                fused = events.fused(FusedQuery.all()).total();
            }
        } else {
            List<Extraction> extractions = new ArrayList<>();
            List<Article> articles = ArticleInputs.of(from, in).read(context, spec.commandLine(), rejected);
            if (!articles.isEmpty()) {
                Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
                articles.forEach(a -> extractions.add(pipeline.apply(a)));
            }
            Analysis.Picture picture = Frontline.analysis(Frontline.Config.defaults()).of(extractions);
            timeline = picture.control().find(place);
            fused = picture.fused().size();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = Json.newMapper();
            out.println(mapper.writeValueAsString(jsonOf(timeline, day)));
        } else {
            out.print(text(timeline, day, fused));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        rejected.forEach(problem -> err.println(spec.qualifiedName() + ": rejected " + problem));
        err.flush();
        return rejected.isEmpty() ? 0 : 1;
    }

    private LocalDate day() {
        if (at == null) {
            return null;
        }
        try {
            return Dates.firstDay(at);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--at: '" + at + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    private Map<String, Object> jsonOf(Optional<PlaceTimeline> timeline, LocalDate day) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", place);
        o.put("place", timeline.map(PlaceTimeline::place).orElse(null));
        o.put("at", day == null ? null : day.toString());
        o.put("controller", day == null ? null : timeline.flatMap(t -> t.at(day)).orElse(null));
        o.put("claims_at", day == null ? List.of() : timeline.map(t -> t.claimsAt(day)).orElse(List.of()));
        o.put("timeline", timeline.map(PlaceTimeline::claims).orElse(List.of()));
        return o;
    }

    private String text(Optional<PlaceTimeline> timeline, LocalDate day, long events) {
        if (timeline.isEmpty()) {
            return "No event among the " + events + " fused events read hands " + place + " to anyone.\n";
        }
        PlaceTimeline t = timeline.get();
        StringBuilder s = new StringBuilder(t.place().name() + " (" + t.place().id() + ", " + t.place().admin1()
                + ")\n");
        t.claims().forEach(c -> s.append("  ").append(line(c)).append('\n'));
        if (day != null) {
            List<ControlClaim> held = t.claimsAt(day);
            String claims = held.stream().map(ControlCommand::line).collect(Collectors.joining("\n    versus "));
            s.append("On ").append(day).append(": ").append(held.isEmpty() ? "no claim yet" : claims).append('\n');
        }
        return s.toString();
    }

    private static String line(ControlClaim c) {
        return String.format("%-10s %s [%s] confidence %.2f%s, per %s", c.date(), c.controller(), c.camp(),
                c.confidence(), c.contested() ? ", CONTESTED" : "", c.sources().stream()
                        .map(s -> s.name() + " (" + s.stance() + ")").collect(Collectors.joining(", ")));
    }
}
