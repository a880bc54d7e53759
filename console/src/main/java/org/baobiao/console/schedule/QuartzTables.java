package org.baobiao.console.schedule;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Quartz's tables ({@code QRTZ_*}) in the console database from the script Quartz ships for
 * it (H2 or PostgreSQL), once: a later start finds them and leaves them, with the triggers they
 * hold. On PostgreSQL, which several servers may share, the check and the creation hold an advisory
 * lock, so that two servers starting together do not both run the script (it begins by dropping the
 * tables).
 */
public final class QuartzTables {
  private static final String H2 = "org/quartz/impl/jdbcjobstore/tables_h2.sql";
  private static final String POSTGRES = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  /** The advisory lock's key: any number of our own, the same in every server. */
  private static final long LOCK = 0x62616f6269616fL;

  private QuartzTables() {}

  /** Whether the console database is PostgreSQL (else H2). */
  public static boolean postgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return postgres(c);
    } catch (SQLException e) {
      throw new IllegalStateException("无法连接控制台数据库: " + e.getMessage(), e);
    }
  }

  private static boolean postgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /** Creates the tables unless they exist. */
  public static void ensure(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean pg = postgres(c);
      if (pg) {
        try (Statement st = c.createStatement()) {
          st.execute("SELECT pg_advisory_lock(" + LOCK + ")");
        }
      }
      try {
        if (!exists(c)) {
          ScriptUtils.executeSqlScript(
              c, new EncodedResource(new ClassPathResource(pg ? POSTGRES : H2), "UTF-8"));
          if (!c.getAutoCommit()) {
            c.commit();
          }
        }
      } finally {
        if (pg) {
          try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("无法在控制台数据库中建立定时任务表: " + e.getMessage(), e);
    }
  }

  private static boolean exists(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String name : new String[] {"QRTZ_JOB_DETAILS", "qrtz_job_details"}) {
      try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
