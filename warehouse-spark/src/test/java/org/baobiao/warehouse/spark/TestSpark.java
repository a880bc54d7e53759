package org.baobiao.warehouse.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The one local Spark session of a test run (starting one costs seconds). */
public final class TestSpark {
  private TestSpark() {}

  /** The shared session: {@code local[2]}, one shuffle partition per core, small snapshots. */
  public static SparkSession session() {
    java.util.Map<String, String> m =
        new java.util.HashMap<>(
            Map.of(
                "spark.master", "local[2]",
                "spark.sql.shuffle.partitions", "2",
                "spark.databricks.delta.snapshotPartitions", "1",
                "spark.driver.bindAddress", "127.0.0.1",
                "spark.driver.host", "127.0.0.1"));
    String extra = System.getProperty("extra", "");
    for (String kv : extra.split(";")) {
      if (kv.contains("=")) {
        m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
    }
    return SparkSessions.get(m);
  }
}
