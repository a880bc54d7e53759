package org.baobiao.warehouse.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session Baobiao runs in: the one {@code spark-submit} started, or a new one (local
 * {@code local[*]} unless configured). One per JVM, shared by every warehouse opened in it.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** Settings every Baobiao session needs: Delta Lake, local times, java.time values. */
  public static Map<String, String> required() {
    Map<String, String> s = new TreeMap<>();
    s.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    s.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    s.put("spark.sql.session.timeZone", "Asia/Shanghai");
    s.put("spark.sql.datetime.java8API.enabled", "true");
    s.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
    return s;
  }

  /** Defaults a user may override (small data on one machine unless told otherwise). */
  public static Map<String, String> defaults() {
    Map<String, String> s = new TreeMap<>();
    s.put("spark.master", "local[*]");
    s.put("spark.app.name", "baobiao");
    s.put("spark.ui.enabled", "false");
    s.put("spark.sql.shuffle.partitions", "4");
    s.put("spark.databricks.delta.snapshotPartitions", "2");
    s.put("spark.sql.adaptive.enabled", "true");
    return s;
  }

  /**
   * The JVM's Baobiao session: the active one if {@code spark-submit} or a test started it, else a
   * new one with {@link #defaults()} (except those {@code spark-submit --conf} set), then {@code
   * settings} (every key starting with {@code spark.}), then {@link #required()}.
   */
  public static synchronized SparkSession get(Map<String, String> settings) {
    SparkSession.Builder builder = SparkSession.builder();
    Map<String, String> all = new TreeMap<>(defaults());
    // spark-submit passes its --master and --conf values as system properties: they win over our
    // defaults (but not over the required settings, nor over what the command line passed).
    all.keySet().removeIf(k -> System.getProperty(k) != null);
    settings.forEach(
        (k, v) -> {
          if (k.startsWith("spark.")) {
            all.put(k, v);
          }
        });
    all.putAll(required());
    all.forEach(builder::config);
    return builder.getOrCreate();
  }
}
