/** The Stanford CoreNLP speed baseline, run by {@code frontline bench --baseline corenlp} in a child JVM. */
package org.frontline.corenlp;
