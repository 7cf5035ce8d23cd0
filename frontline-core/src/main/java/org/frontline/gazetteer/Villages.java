package org.frontline.gazetteer;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which bundled places are villages outside the focus countries: GeoNames cities500 rows under
 * {@link #MIN_CITY_POPULATION} elsewhere than the Middle East and North Africa. The bundle keeps them for coverage
 * (the Donbass front line's villages, which the OSCE names without their country; Mexican and Brazilian
 * municipalities) under their own names only; the geoparser trusts
 * them only where the document's country and first-level units allow, since their names are also ordinary words
 * and the names of thousands of other villages.
 */
public final class Villages {
    /** The population from which a place abroad counts as a city and keeps its alternate names. */
    public static final long MIN_CITY_POPULATION = 15_000;
    /**
     * Where every place keeps its alternate names: the transliterating countries (Israel among them) plus Turkey,
     * whose conflicts the French reports Frontline reads are about.
     */
    public static final Set<String> FOCUS = Stream.concat(TransliteratedCountries.ISO2.stream(),
            Stream.of("TR")).collect(Collectors.toUnmodifiableSet());

    private Villages() {
    }

    /** A populated place, neither capital nor first-level seat, small, outside the focus countries. */
    public static boolean isVillageAbroad(Place p) {
        return "P".equals(p.featureClass()) && !FOCUS.contains(p.country()) && isVillage(p.featureCode(),
                p.population());
    }

    static boolean isVillage(String featureCode, long population) {
        return !"PPLC".equals(featureCode) && !"PPLA".equals(featureCode) && population < MIN_CITY_POPULATION;
    }
}
