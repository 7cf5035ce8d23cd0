package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of an event query over {@code events e}, with its parameters in order. Every filter is a
 * condition on {@code e} (joins become {@code IN} subqueries), so the same clause serves listing, counting and
 * grouping by place or actor.
 */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where and(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** " WHERE a AND b", or "" when there is no condition. */
    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    /** Actor and source names compare case-insensitively through this key. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The query's words: letters and digits, everything else separates. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
