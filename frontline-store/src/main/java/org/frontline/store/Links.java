package org.frontline.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over component ids: which components one put's reports join into one. Not thread-safe. */
final class Links {
    private final Map<String, String> parent = new LinkedHashMap<>();

    void union(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The joined components, each group in the order its ids were first seen. */
    List<List<String>> groups() {
        Map<String, List<String>> byRoot = new LinkedHashMap<>();
        for (String id : List.copyOf(parent.keySet())) {
            byRoot.computeIfAbsent(root(id), k -> new ArrayList<>()).add(id);
        }
        return List.copyOf(byRoot.values());
    }

    private String root(String id) {
        parent.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        Map<String, String> path = new HashMap<>();
        for (String x = id; !x.equals(r); x = parent.get(x)) {
            path.put(x, r);
        }
        parent.putAll(path);
        return r;
    }
}
