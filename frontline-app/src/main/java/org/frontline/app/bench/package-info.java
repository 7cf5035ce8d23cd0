/** {@code frontline bench}: throughput, cold start and heap of the pipeline, store query latency, and baselines. */
package org.frontline.app.bench;
