package org.baobiao.console.store;

import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Work that two servers sharing one PostgreSQL console database must not do at the same moment:
 * creating and upgrading the console's tables (two {@code CREATE TABLE IF NOT EXISTS} of one table
 * at once let one fail on PostgreSQL's catalog instead of waiting), and matching the schedules to
 * Quartz's triggers at start (both would add the same job). Each holds a PostgreSQL advisory lock
 * for its duration; on the H2 file, which one server holds, it simply runs.
 */
public final class ConsoleSchema {
  /** The advisory locks' keys: numbers of our own, the same in every server. */
  private static final long SCHEMA = 0x62616f62736368L;

  private static final long STARTUP = 0x62616f62737475L;

  private ConsoleSchema() {}

  /** Runs {@code ddl} with a template on one connection, under the schema lock on PostgreSQL. */
  public static void create(JdbcTemplate jdbc, Consumer<JdbcTemplate> ddl) {
    locked(
        jdbc, SCHEMA, c -> ddl.accept(new JdbcTemplate(new SingleConnectionDataSource(c, true))));
  }

  /**
   * Runs {@code work} (on any connections) while holding the start-up lock on PostgreSQL: one
   * server at a time.
   */
  public static void exclusively(JdbcTemplate jdbc, Runnable work) {
    locked(jdbc, STARTUP, c -> work.run());
  }

  /** Whether a connection is to PostgreSQL (else the H2 file). */
  public static boolean postgres(java.sql.Connection c) throws java.sql.SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  private static void locked(JdbcTemplate jdbc, long key, Consumer<java.sql.Connection> work) {
    jdbc.execute(
        (ConnectionCallback<Void>)
            c -> {
              boolean pg = postgres(c);
              try (Statement st = c.createStatement()) {
                if (pg) {
                  st.execute("SELECT pg_advisory_lock(" + key + ")");
                }
                try {
                  work.accept(c);
                } finally {
                  if (pg) {
                    st.execute("SELECT pg_advisory_unlock(" + key + ")");
                  }
                }
              }
              return null;
            });
  }
}
