package org.frontline.gazetteer;

import java.util.function.Predicate;

/**
 * A test of gazetteer names that reads each name through a form made from the name alone (the geoparser's spelling
 * test compares names made bare). An index that keeps a posting's name may keep its form beside it and hand it back
 * ({@link CountryPostings}), instead of the test making it, or finding it in a memo, for every lookup of every
 * surface that meets the posting: the memo's probe cost a third of the test.
 */
public interface FormedNamePredicate extends Predicate<String> {
    /**
     * The name's form: a function of the name alone, the same for every instance of every implementation handed to
     * one gazetteer (an index keeps one form per posting, whichever test made it).
     */
    String form(String name);

    /** {@link #test} of {@code name}, whose {@link #form} is {@code form}. */
    boolean test(String name, String form);

    @Override
    default boolean test(String name) {
        return test(name, form(name));
    }
}
