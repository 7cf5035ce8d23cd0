package org.frontline.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.FrontlineException;

/** The governorates, districts and sub-districts of OpenSyria ({@code opensyria/*.json}), by key. */
final class OpenSyriaUnits {
    private final Map<String, AdminUnit> byKey = new LinkedHashMap<>();

    private OpenSyriaUnits() {
    }

    static OpenSyriaUnits read(Path dir) {
        OpenSyriaUnits units = new OpenSyriaUnits();
        ObjectMapper json = new ObjectMapper();
        units.readLevel(json, dir.resolve("governorates.json"), 1);
        units.readLevel(json, dir.resolve("districts.json"), 2);
        units.readLevel(json, dir.resolve("subdistricts.json"), 3);
        return units;
    }

    private void readLevel(ObjectMapper json, Path file, int level) {
        try {
            for (JsonNode u : json.readTree(file.toFile())) {
                String parent = switch (level) {
                    case 2 -> u.path("governorateId").asText();
                    case 3 -> u.path("districtId").asText();
                    default -> null;
                };
                List<String> names = new ArrayList<>();
                names.add(u.path("name").path("ar").asText(""));
                u.path("aliases").forEach(a -> names.add(a.path("value").asText("")));
                String geonames = u.path("externalIds").path("geonames").asText(null);
                AdminUnit unit = new AdminUnit(u.path("id").asText(), level, parent, u.path("name").path("en").asText(),
                        geonames, u.path("centroid").path("latitude").asDouble(),
                        u.path("centroid").path("longitude").asDouble(), u.path("area").path("value").asDouble(0),
                        u.path("population").path("value").asLong(0),
                        names);
                byKey.put(unit.key(), unit);
            }
        } catch (IOException e) {
            throw new FrontlineException("cannot read OpenSyria units from " + file, e);
        }
    }

    List<AdminUnit> all() {
        return List.copyOf(byKey.values());
    }

    AdminUnit get(String key) {
        AdminUnit u = byKey.get(key);
        if (u == null) {
            throw new FrontlineException("OpenSyria has no unit " + key);
        }
        return u;
    }

    Optional<AdminUnit> governorateByGeonamesId(String geonamesId) {
        return byKey.values().stream()
                .filter(u -> u.level() == 1 && u.geonamesId() != null && u.geonamesId().equals(geonamesId))
                .findFirst();
    }

    /** The units of {@code level} inside {@code parentKey} (any parent when null). */
    List<AdminUnit> children(int level, String parentKey) {
        return byKey.values().stream()
                .filter(u -> u.level() == level && (parentKey == null || parentKey.equals(u.parentKey())))
                .toList();
    }

    /** The unit of {@code level} under {@code parentKey} (or anywhere) nearest the point relative to its size. */
    AdminUnit nearest(int level, String parentKey, double lat, double lon) {
        List<AdminUnit> candidates = children(level, parentKey);
        if (candidates.isEmpty()) {
            candidates = children(level, null);
        }
        return candidates.stream().min(Comparator.comparingDouble((AdminUnit u) -> u.relativeDistance2(lat, lon))
                .thenComparing(AdminUnit::key)).orElseThrow();
    }
}
