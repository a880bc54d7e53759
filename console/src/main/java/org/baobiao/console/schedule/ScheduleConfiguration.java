package org.baobiao.console.schedule;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Quartz scheduler of the console: its JDBC job store on the console database (Spring's {@code
 * LocalDataSourceJobStore}), so that schedules and their next fire times survive a restart, and a
 * trigger missed while the server was down fires once when it starts. On a PostgreSQL console
 * database the store is clustered: several servers on one database fire each trigger once between
 * them.
 */
@Configuration
public class ScheduleConfiguration {
  /** Quartz's default: a trigger this late is a misfire (handled by its misfire instruction). */
  public static final long MISFIRE_THRESHOLD_MS = 60_000;

  @Bean
  SchedulerFactoryBean scheduler(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      ApplicationContext context,
      @Value("${baobiao.schedules.misfire-threshold-ms:" + MISFIRE_THRESHOLD_MS + "}")
          long misfireThresholdMs) {
    SpringBeanJobFactory jobs = new SpringBeanJobFactory();
    jobs.setApplicationContext(context);
    SchedulerFactoryBean f = factory(dataSource, transactions, misfireThresholdMs);
    f.setJobFactory(jobs);
    f.setAutoStartup(true);
    return f;
  }

  /**
   * A scheduler factory on the console database. The command line uses one that it never starts: it
   * only writes schedules to the store, and the running server fires them.
   */
  public static SchedulerFactoryBean factory(
      DataSource dataSource, PlatformTransactionManager transactions, long misfireThresholdMs) {
    QuartzTables.ensure(dataSource);
    SchedulerFactoryBean f = new SchedulerFactoryBean();
    f.setDataSource(dataSource);
    f.setTransactionManager(transactions);
    f.setSchedulerName("baobiao-console");
    f.setWaitForJobsToCompleteOnShutdown(false);
    Properties p = new Properties();
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    boolean shared = QuartzTables.postgres(dataSource);
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        shared
            ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
            : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    if (shared) {
      // Servers sharing one PostgreSQL database share its triggers: a trigger fires on the one
      // server that takes the row lock in QRTZ_LOCKS; the others see it fired. A server that stops
      // checking in for the interval is taken as dead and its running jobs as not done.
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
      p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    }
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(misfireThresholdMs));
    f.setQuartzProperties(p);
    return f;
  }
}
