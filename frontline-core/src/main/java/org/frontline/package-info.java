/** Frontline: conflict reports in, geolocated, source-attributed ACLED-style events out; {@link org.frontline.Pipeline} wires the stages. */
package org.frontline;
