package org.baobiao.spark;

import org.baobiao.jobs.cli.Main;

/**
 * Entry point of the Spark artifact: the {@code baobiao} command with the Spark + Delta Lake engine
 * as the default ({@code spark-submit --class org.baobiao.spark.SparkMain baobiao-spark.jar ...}).
 * An explicit {@code --engine} or {@code -Dbaobiao.engine} still wins.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    if (System.getProperty("baobiao.engine") == null && System.getenv("BAOBIAO_ENGINE") == null) {
      System.setProperty("baobiao.engine", "spark");
    }
    Main.main(args);
  }
}
