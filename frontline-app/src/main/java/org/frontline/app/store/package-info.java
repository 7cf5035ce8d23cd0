/** The commands over the event store: ingest articles into it, export its events. */
package org.frontline.app.store;
