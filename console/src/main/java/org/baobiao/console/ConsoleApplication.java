package org.baobiao.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.spec.config.ConfigFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The console's composition root: the configuration and catalog the command line would use, the
 * console database (an H2 file beside the warehouse), the web pages and the security around them.
 * The Spring Batch auto-configuration of jobs is left out: the console does not load.
 */
@SpringBootApplication(
    excludeName = {
      "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
      "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
      "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
      "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      // The schedules' Quartz scheduler is made by ScheduleConfiguration, as the command line's.
      "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration"
    })
public class ConsoleApplication {
  /** Stamps run times and report outputs. */
  public static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

  /** A started console. */
  public record Running(ConfigurableApplicationContext context, String address)
      implements AutoCloseable {
    @Override
    public void close() {
      context.close();
    }
  }

  /** Starts the console with these options; returns once it listens. */
  public static Running start(ConsoleOptions options) {
    return start(options, Map.of());
  }

  /** Starts the console with these options and further Spring properties (tests). */
  public static Running start(ConsoleOptions options, Map<String, Object> extra) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("server.port", options.port());
    props.put("server.address", options.bind());
    props.put("server.servlet.session.timeout", "30m");
    props.put("server.servlet.session.cookie.http-only", true);
    props.put("server.servlet.encoding.charset", "UTF-8");
    props.put("server.servlet.encoding.force", true);
    props.put("spring.web.error.whitelabel.enabled", false);
    // Spring Boot 4 reads these as spring.web.error.* (server.error.* is ignored).
    props.put("spring.web.error.include-message", "always");
    props.put("spring.main.banner-mode", "off");
    props.put("spring.thymeleaf.cache", true);
    ConsoleDatabase database = ConsoleDatabase.of(options);
    props.put("spring.datasource.url", database.url());
    if (database.user() != null) {
      props.put("spring.datasource.username", database.user());
    }
    if (database.password() != null) {
      props.put("spring.datasource.password", database.password());
    }
    props.put("spring.sql.init.mode", "never");
    if (options.smtpHost() != null) {
      props.put("spring.mail.host", options.smtpHost());
      props.put("spring.mail.port", options.smtpPort());
    }
    // The API's OpenAPI document, for machine clients: only /api, at a public address.
    props.put("springdoc.api-docs.path", "/api/openapi.json");
    props.put("springdoc.paths-to-match", "/api/**");
    props.putAll(extra);
    SpringApplication app = new SpringApplication(ConsoleApplication.class);
    app.setDefaultProperties(props);
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("consoleOptions", options));
    ConfigurableApplicationContext context = app.run();
    String port = context.getEnvironment().getProperty("local.server.port");
    String host = "0.0.0.0".equals(options.bind()) ? "127.0.0.1" : options.bind();
    return new Running(context, "http://" + host + ":" + port + "/");
  }

  /** The configuration the command line would use: bundled defaults and the user's folder. */
  public static Configuration configurationOf(ConsoleOptions options) {
    Path config =
        options.configDir() != null
            ? options.configDir()
            : options.dataDir().resolveSibling("conf");
    return Configuration.of(ConfigFolder.at(config));
  }

  @Bean
  Configuration configuration(ConsoleOptions options) {
    return configurationOf(options);
  }

  @Bean
  ReportCatalogService reportCatalogService(Configuration configuration) {
    return new ReportCatalogService(configuration);
  }
}
