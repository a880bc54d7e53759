package org.baobiao.jobs.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Sample source files to write.
 *
 * @param outDir where the files go
 * @param scale the data volume (1 ≈ five hospitals for a year)
 * @param seed the random seed; the same seed and scale write the same bytes
 */
public record SampleRequest(Path outDir, int scale, long seed) {
  public SampleRequest {
    requireNonNull(outDir, "outDir is null");
  }
}
