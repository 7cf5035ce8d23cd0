package org.frontline.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param total  how many items match in all, over every page
 * @param limit  the page size asked for
 * @param offset how many matching items come before this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
    public Page {
        items = List.copyOf(items);
        if (total < 0 || limit < 0 || offset < 0) {
            throw new IllegalArgumentException("total, limit and offset must be >= 0");
        }
    }
}
