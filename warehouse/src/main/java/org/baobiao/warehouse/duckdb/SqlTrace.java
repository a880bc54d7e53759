package org.baobiao.warehouse.duckdb;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how long each statement on the DuckDB warehouse took, when the system property {@value
 * #PROPERTY} is {@code true} (the statement's text cut to one short line) or {@code full} (the
 * whole text on one line): a developer's profile of where a load or a report spends its time
 * (docs/benchmarks.md). Off by default; parameters are never printed.
 */
final class SqlTrace {
  /** The system property that turns the trace on. */
  static final String PROPERTY = "baobiao.sql.trace";

  private static final String MODE = System.getProperty(PROPERTY, "false");
  private static final boolean ON = MODE.equals("true") || MODE.equals("full");
  private static final int SHOWN = MODE.equals("full") ? Integer.MAX_VALUE : 160;

  private SqlTrace() {}

  /** The start of a statement, or 0 when the trace is off. */
  static long start() {
    return ON ? System.nanoTime() : 0;
  }

  /** Prints a statement's time since {@code start} when the trace is on. */
  static void end(long start, String sql) {
    if (ON) {
      print(System.err, (System.nanoTime() - start) / 1_000_000, sql, SHOWN);
    }
  }

  static void print(PrintStream out, long millis, String sql, int shown) {
    String line = sql.replaceAll("\\s+", " ").strip();
    if (line.length() > shown) {
      line = line.substring(0, shown) + "…";
    }
    out.printf(Locale.ROOT, "[sql] %,9d ms  %s%n", millis, line);
  }
}
