/** Fusion: reports of the same event from several articles become one event with its corroboration and contests. */
package org.frontline.fusion;
