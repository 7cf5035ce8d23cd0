/** {@code frontline bench}: throughput, cold start and heap of the extraction pipeline, and its baselines. */
package org.frontline.app.bench;
