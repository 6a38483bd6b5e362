/**
 * Shutong on Apache Spark 3.5: the same core library run over a cluster's inputs. The runner adapts
 * the library (which knows nothing of Spark): inputs become Spark rows carrying each record's file,
 * record number and line, the per-record work runs in partitions kept in input order, and the
 * outputs are the CLI's (the same findings, the same summary report) written as Parquet or JSON.
 *
 * <p>Entry point: {@link org.shutong.spark.ShutongSpark}.
 */
package org.shutong.spark;
