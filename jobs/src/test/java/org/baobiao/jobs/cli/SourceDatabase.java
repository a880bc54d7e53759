package org.baobiao.jobs.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The real database servers the extraction tests read from: MariaDB (root, empty password) and
 * PostgreSQL (trust authentication), database {@code test} on localhost. When a server cannot be
 * reached the test is skipped with a message saying how to start it; under CI ({@code CI=true}) it
 * fails instead, since {@code .ci/run} starts both.
 */
enum SourceDatabase {
  MARIADB(
      "jdbc:mariadb://127.0.0.1:3306/test",
      "root",
      "DATETIME(3)",
      "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd"),
  POSTGRESQL(
      "jdbc:postgresql://127.0.0.1:5432/test",
      "postgres",
      "TIMESTAMP(3)",
      "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
  /**
   * H2 in a file (AUTO_SERVER, so that the test and a child JVM share it): a database with no
   * special support in Baobiao, through the same generic JDBC path.
   */
  H2(
      "jdbc:h2:file:"
          + Path.of(System.getProperty("java.io.tmpdir"), "baobiao-extract-it-h2").toAbsolutePath()
          + ";AUTO_SERVER=TRUE",
      "sa",
      "TIMESTAMP(3)",
      "nothing to start: H2 runs in process");

  final String url;
  final String user;
  final String timestampType;
  private final String howToStart;

  SourceDatabase(String url, String user, String timestampType, String howToStart) {
    this.url = url;
    this.user = user;
    this.timestampType = timestampType;
    this.howToStart = howToStart;
  }

  /** A connection, or the test skipped (locally) or failed (under CI) with instructions. */
  Connection connect() {
    Properties props = new Properties();
    props.setProperty("user", user);
    try {
      return DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      String message =
          this
              + " is not reachable at "
              + url
              + " ("
              + e.getMessage()
              + "). Start it with: "
              + howToStart
              + " (or run .ci/run, which starts it).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true: extraction tests must run against real databases. " + message);
      }
      Assumptions.abort("Skipped: " + message);
      throw new AssertionError("unreachable");
    }
  }
}
