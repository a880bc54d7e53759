package org.baobiao.warehouse.duckdb;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how long each statement on the DuckDB warehouse took, when the system property {@value
 * #PROPERTY} is {@code true}: a developer's profile of where a load or a report spends its time
 * (docs/benchmarks.md). Off by default; the statement's text is cut to one short line, and its
 * parameters are never printed.
 */
final class SqlTrace {
  /** The system property that turns the trace on. */
  static final String PROPERTY = "baobiao.sql.trace";

  private static final boolean ON = Boolean.getBoolean(PROPERTY);
  private static final int SHOWN = 160;

  private SqlTrace() {}

  /** The start of a statement, or 0 when the trace is off. */
  static long start() {
    return ON ? System.nanoTime() : 0;
  }

  /** Prints a statement's time since {@code start} when the trace is on. */
  static void end(long start, String sql) {
    if (ON) {
      print(System.err, (System.nanoTime() - start) / 1_000_000, sql);
    }
  }

  static void print(PrintStream out, long millis, String sql) {
    String line = sql.replaceAll("\\s+", " ").strip();
    if (line.length() > SHOWN) {
      line = line.substring(0, SHOWN) + "…";
    }
    out.printf(Locale.ROOT, "[sql] %,9d ms  %s%n", millis, line);
  }
}
