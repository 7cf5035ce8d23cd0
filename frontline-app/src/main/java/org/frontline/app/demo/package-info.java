/** {@code frontline demo}: the bundled sample reports, extracted. */
package org.frontline.app.demo;
