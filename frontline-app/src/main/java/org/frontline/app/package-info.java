/** The {@code frontline} command line: extraction to JSON/CSV/GeoJSON, evaluation against ACLED, CASE and gold files. */
package org.frontline.app;
