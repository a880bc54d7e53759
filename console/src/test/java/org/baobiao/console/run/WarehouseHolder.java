package org.baobiao.console.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another process holding the DuckDB warehouse, as a command-line load does: opens the file for
 * writing, writes a mark ({@code holder.mark}, one row per hold), says {@code HELD <pid>} and keeps
 * the file until a line (or the end) comes on its standard input. Run in a child JVM by {@link
 * BackgroundRunsIT}.
 */
public final class WarehouseHolder {
  private WarehouseHolder() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS holder");
      s.execute("CREATE TABLE IF NOT EXISTS holder.mark (answer INTEGER)");
      s.execute("INSERT INTO holder.mark VALUES (42)");
      System.out.println("HELD " + ProcessHandle.current().pid());
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    System.out.println("RELEASED");
    System.out.flush();
  }
}
