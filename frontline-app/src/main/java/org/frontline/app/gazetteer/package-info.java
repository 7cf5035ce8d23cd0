/** {@code frontline gazetteer}: building the user gazetteer the pipeline can resolve places against. */
package org.frontline.app.gazetteer;
