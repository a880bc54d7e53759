package org.baobiao.console.schedule;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Quartz's tables ({@code QRTZ_*}) in the console database from the script Quartz ships for
 * H2, once: a later start finds them and leaves them, with the triggers they hold.
 */
public final class QuartzTables {
  private static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_h2.sql";

  private QuartzTables() {}

  /** Creates the tables unless they exist. */
  public static void ensure(DataSource dataSource) {
    Integer n =
        new JdbcTemplate(dataSource)
            .queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'QRTZ_JOB_DETAILS'",
                Integer.class);
    if (n != null && n > 0) {
      return;
    }
    ResourceDatabasePopulator populator =
        new ResourceDatabasePopulator(new ClassPathResource(SCRIPT));
    populator.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
    populator.execute(dataSource);
  }
}
