/** Where extractions live after ingest: the {@link org.frontline.store.EventStore} contract and its databases. */
package org.frontline.store;
