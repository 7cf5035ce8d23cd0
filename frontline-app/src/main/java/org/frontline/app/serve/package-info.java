/** {@code frontline serve}: the REST API over an {@link org.frontline.store.EventStore} and the offline web map. */
package org.frontline.app.serve;
