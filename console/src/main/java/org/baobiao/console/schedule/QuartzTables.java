package org.baobiao.console.schedule;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.baobiao.console.store.ConsoleSchema;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Quartz's tables ({@code QRTZ_*}) in the console database from the script Quartz ships for
 * it (H2 or PostgreSQL), once: a later start finds them and leaves them, with the triggers they
 * hold. Like the console's own tables it is done under {@link ConsoleSchema}'s lock, so that two
 * servers starting together on PostgreSQL do not both run the script (it begins by dropping the
 * tables).
 */
public final class QuartzTables {
  private static final String H2 = "org/quartz/impl/jdbcjobstore/tables_h2.sql";
  private static final String POSTGRES = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  private QuartzTables() {}

  /** Whether the console database is PostgreSQL (else H2). */
  public static boolean postgres(DataSource dataSource) {
    return Boolean.TRUE.equals(
        new JdbcTemplate(dataSource)
            .execute((ConnectionCallback<Boolean>) ConsoleSchema::postgres));
  }

  /** Creates the tables unless they exist. */
  public static void ensure(DataSource dataSource) {
    ConsoleSchema.create(
        new JdbcTemplate(dataSource),
        ddl ->
            ddl.execute(
                (ConnectionCallback<Void>)
                    c -> {
                      if (!exists(c)) {
                        ScriptUtils.executeSqlScript(
                            c,
                            new EncodedResource(
                                new ClassPathResource(ConsoleSchema.postgres(c) ? POSTGRES : H2),
                                "UTF-8"));
                      }
                      return null;
                    }));
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
