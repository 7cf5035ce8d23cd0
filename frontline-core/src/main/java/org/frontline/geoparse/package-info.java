/** Geoparsing: place mentions found in raw text and resolved with the document's country and admin context. */
package org.frontline.geoparse;
