package org.baobiao.jobs.demo;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A demonstration run.
 *
 * @param scale the sample's data volume
 * @param seed the sample's random seed
 * @param outDir where the reports go
 */
public record DemoRequest(int scale, long seed, Path outDir) {
  public DemoRequest {
    requireNonNull(outDir, "outDir is null");
  }
}
