/** Actors: the catalog of armed groups and state forces with dated renames and memberships, and their recognition in text. */
package org.frontline.actors;
