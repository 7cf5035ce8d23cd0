/** {@code frontline extract}: inputs in, one extraction per article out in the DESIGN §4 output formats. */
package org.frontline.app.extract;
