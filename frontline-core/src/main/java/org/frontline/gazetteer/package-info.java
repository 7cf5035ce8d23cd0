/** Gazetteer: places with coordinates, admin hierarchy and every known spelling, loaded from a bundled resource. */
package org.frontline.gazetteer;
