package org.frontline.geoparse;

/**
 * {@link Spelling#bare} of gazetteer names, each made once per geoparser: every loose match's name is spelling-tested
 * ({@link CloseTo}), the same names come back for every surface and document sharing their fold key, and
 * normalizing a name cost as much as the comparison. The names asked are the gazetteer's loose names in the
 * transliterated countries, a bounded set; past {@link #LIMIT} entries a name is made bare without being kept.
 * Thread-safe: one per {@link GazetteerGeoparser}, shared by the documents geoparsed at once.
 */
final class BareNames extends NameMemo<String> {
    /** Entries kept at most (a few MB of short strings). */
    static final int LIMIT = 100_000;

    BareNames() {
        super(Spelling::bare, LIMIT);
    }
}
