/** Event coding: triggers, roles, place, date, fatalities and facts into ACLED-typed events. */
package org.frontline.events;
