/** JMH benchmarks of the pipeline's hot stages, for {@code java -jar frontline-bench/target/benchmarks.jar}. */
package org.frontline.bench;
