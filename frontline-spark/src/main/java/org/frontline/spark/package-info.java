/** The extraction pipeline as an Apache Spark job: a Dataset of articles in, one row per event out. */
package org.frontline.spark;
