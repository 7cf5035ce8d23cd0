package org.frontline.geoparse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.frontline.gazetteer.FormedNamePredicate;

/**
 * Whether a gazetteer name is spelled close to one surface ({@link Spelling#bareClose}): the test every loose match
 * must pass, handed to the gazetteer so that it runs on a posting's name before a match is made, and then asked
 * again by the filters. The surface is made bare once, on first use, and each name found close compared once; a
 * name's own bare form comes from {@code bareName}, which may remember it across surfaces and documents (a
 * gazetteer name is tested for every surface sharing its fold key, and normalizing it cost as much as comparing),
 * or, for a loose posting's name, from the gazetteer, which keeps it with the posting ({@link FormedNamePredicate}).
 * The names found close are kept, those found far compared again if asked again.
 * One instance per surface looked up; thread-safe when {@code bareName} is ({@link SpanLookups} shares one per
 * surface between the documents geoparsed at once).
 */
final class CloseTo implements FormedNamePredicate {
    private final String surface;
    private final Function<String, String> bareName;
    /** Made on first use; two threads may both make it (the same string: a String is safe to publish so). */
    private String bare;
    /**
     * The names found close, asked again by the filters after the gazetteer's test. A name found far is not kept:
     * nearly every loose posting's name is far and is asked once (a namesake's name again in the same lookup at
     * most), so keeping those answers cost a map entry each, as much as the comparison they saved.
     */
    private final Map<String, Boolean> close = new ConcurrentHashMap<>();

    CloseTo(String surface) {
        this(surface, Spelling::bare);
    }

    /** @param bareName {@link Spelling#bare} of a name, or a memo of it */
    CloseTo(String surface, Function<String, String> bareName) {
        this.surface = surface;
        this.bareName = bareName;
    }

    @Override
    public boolean test(String name) {
        return close.containsKey(name) || near(name, bareName.apply(name));
    }

    /**
     * A name's bare form, made here without the memo: the gazetteer keeps it with the name's loose postings, asking
     * each once, and a second copy in the memo would only cost its probe and entry.
     */
    @Override
    public String form(String name) {
        return Spelling.bare(name);
    }

    /** {@link #test} of a name whose bare form the gazetteer kept: no probe of {@code bareName}. */
    @Override
    public boolean test(String name, String bareForm) {
        return close.containsKey(name) || near(name, bareForm);
    }

    private boolean near(String name, String bareForm) {
        String b = bare;
        if (b == null) {
            b = Spelling.bare(surface);
            bare = b;
        }
        boolean near = Spelling.bothBareClose(b, bareForm);
        if (near) {
            close.put(name, Boolean.TRUE);
        }
        return near;
    }
}
