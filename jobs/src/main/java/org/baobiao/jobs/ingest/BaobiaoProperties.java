package org.baobiao.jobs.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the batch runtime ({@code baobiao.*}).
 *
 * @param dataDir the data folder: warehouse file, job repository, fallback rejects folder
 * @param chunkSize rows per chunk (one warehouse transaction and one job-repository commit each)
 */
@ConfigurationProperties("baobiao")
public record BaobiaoProperties(Path dataDir, @DefaultValue("5000") int chunkSize) {
  public BaobiaoProperties {
    if (dataDir == null) {
      throw new IllegalArgumentException("baobiao.data-dir is required");
    }
    if (chunkSize < 1 || chunkSize > 1_000_000) {
      throw new IllegalArgumentException("baobiao.chunk-size must be 1..1000000, got " + chunkSize);
    }
  }
}
