/** Gazetteer: places with coordinates, admin hierarchy and every known spelling, bundled or imported from GeoNames. */
package org.frontline.gazetteer;
