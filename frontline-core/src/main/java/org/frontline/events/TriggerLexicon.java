package org.frontline.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.FrontlineException;
import org.frontline.text.Language;

/** The trigger phrases of triggers.yaml, compiled per language; finds them in a sentence. */
final class TriggerLexicon {
    private record Entry(String kind, int priority, Pattern fr, Pattern en) {
    }

    private final List<Entry> entries = new ArrayList<>();

    TriggerLexicon() {
        List<Map<String, Object>> raw;
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.yaml")) {
            if (in == null) {
                throw new FrontlineException("missing resource org/frontline/events/triggers.yaml");
            }
            raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/frontline/events/triggers.yaml", e);
        }
        for (Map<String, Object> e : raw) {
            String kind = (String) e.get("sub_event_type");
            if (!kind.equals(Trigger.TERRITORY) && !kind.equals(Trigger.TERRITORY_LOSS)) {
                EventType.typeOf(kind);
            }
            entries.add(new Entry(kind, (Integer) e.get("priority"), compile(e.get("fr")), compile(e.get("en"))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Pattern compile(Object patterns) {
        List<String> list = patterns == null ? List.of() : (List<String>) patterns;
        if (list.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", list) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every trigger in {@code sentence} (which starts at body offset {@code offset}), in text order. */
    List<Trigger> find(String sentence, int offset, Language language) {
        List<Trigger> out = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = (language == Language.FR ? e.fr() : e.en()).matcher(sentence);
            while (m.find()) {
                out.add(new Trigger(e.kind(), e.priority(), offset + m.start(), offset + m.end(), m.group()));
            }
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }
}
