/** Benchmarks of the product's speed targets, run as commands so they measure the real jar on the real machine. */
package org.frontline.app.bench;
