/** {@code frontline eval}: the DESIGN §6 scores against ACLED exports, CASE-2021 task 2 and hand-coded gold files. */
package org.frontline.app.eval;
