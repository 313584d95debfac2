/**
 * Runs rsisim experiments on an Apache Spark cluster with the same bits as a local run: {@link
 * org.rsisim.spark.SparkEngine} deals slices of runs to Spark partitions, and {@link
 * org.rsisim.spark.ExperimentRecipe} builds each experiment on the executors.
 */
package org.rsisim.spark;
