package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.warehouse.Warehouse;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the batch application for one command: the job repository is an H2 file database under the
 * data folder, so a failed load restarts where it stopped even after the JVM is restarted.
 */
public final class BatchRuntime implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private BatchRuntime(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the application.
   *
   * @param warehouse the open warehouse jobs write to
   * @param dataDir the data folder (job repository under {@code jobrepo/})
   * @param progress where jobs report progress
   * @param extra more properties, e.g. {@code baobiao.chunk-size}
   */
  public static BatchRuntime start(
      Warehouse warehouse, Path dataDir, ProgressSink progress, Map<String, Object> extra)
      throws IOException {
    Path abs = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(abs.resolve("jobrepo"));
    Map<String, Object> props = new LinkedHashMap<>();
    // WRITE_DELAY=0: every commit reaches the file before the commit returns, so a killed JVM
    // leaves the job repository exactly as of its last commit and the restart resumes from it.
    props.put(
        "spring.datasource.url", "jdbc:h2:file:" + abs.resolve("jobrepo/batch") + ";WRITE_DELAY=0");
    props.put("spring.datasource.username", "sa");
    props.put("spring.datasource.password", "");
    props.put("spring.batch.jdbc.initialize-schema", "always");
    props.put("spring.batch.job.enabled", "false");
    props.put("spring.main.log-startup-info", "false");
    props.put("baobiao.data-dir", abs.toString());
    props.putAll(extra);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BatchApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .properties(props)
            .initializers(
                ctx -> {
                  ctx.getBeanFactory().registerSingleton("warehouse", warehouse);
                  ctx.getBeanFactory().registerSingleton("progressSink", progress);
                })
            .run();
    return new BatchRuntime(context);
  }

  /** A bean of the application. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A bean by name. */
  public <T> T bean(String name, Class<T> type) {
    return context.getBean(name, type);
  }

  @Override
  public void close() {
    context.close();
  }
}
