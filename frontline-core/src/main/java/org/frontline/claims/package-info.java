/** Claims: sources with stance, attribution phrases, nested citation chains and loaded-language framing. */
package org.frontline.claims;
