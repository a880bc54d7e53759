package org.baobiao.console;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;

/**
 * Where the console keeps its own data (users, grants, tokens, schedules, Quartz's triggers, runs,
 * audit): an H2 file beside the warehouse by default, or a PostgreSQL database given with {@code
 * --db-url}, which several servers may share (their Quartz store is then clustered: each trigger
 * fires on one server only).
 *
 * @param url the JDBC URL
 * @param user the user name, or null for the driver's default
 * @param password the password, or null for none
 */
public record ConsoleDatabase(String url, String user, String password) {
  /** The environment variable holding the password of {@code --db-user}. */
  public static final String PASSWORD_VARIABLE = "BAOBIAO_DB_PASSWORD";

  @Override
  public String toString() {
    return url + (user == null ? "" : " (" + user + ")");
  }

  /** The console database of these options, with the password from the process environment. */
  public static ConsoleDatabase of(ConsoleOptions options) {
    return of(options, System.getenv());
  }

  /** The console database of these options, with the password from {@code env}. */
  public static ConsoleDatabase of(ConsoleOptions options, Map<String, String> env) {
    if (options.dbUrl() == null) {
      // AUTO_SERVER lets `baobiao schedules` open the file while a server holds it (the first
      // process serves it to the others).
      return new ConsoleDatabase(
          "jdbc:h2:file:"
              + options.dataDir().resolve("console").toAbsolutePath()
              + ";AUTO_SERVER=TRUE",
          "sa",
          "");
    }
    return new ConsoleDatabase(options.dbUrl(), options.dbUser(), env.get(PASSWORD_VARIABLE));
  }

  /** Whether this is a shared PostgreSQL database rather than the H2 file. */
  public boolean shared() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** A small connection pool on it, for the command line. */
  public HikariDataSource pool(int size) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    if (user != null) {
      ds.setUsername(user);
    }
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setMaximumPoolSize(size);
    return ds;
  }
}
