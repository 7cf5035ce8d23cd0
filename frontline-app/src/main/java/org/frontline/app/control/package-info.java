/** {@code frontline control}: who holds a place when, from the events of the given reports. */
package org.frontline.app.control;
