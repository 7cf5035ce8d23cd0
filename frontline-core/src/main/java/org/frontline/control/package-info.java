/** Control: who holds which place when, by which sources, and how far apart the fronts are, from fused events. */
package org.frontline.control;
