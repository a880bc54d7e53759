package org.baobiao.bench;

/**
 * How much work the scenarios do that are not sized by the sample generator's scale alone.
 *
 * @param conventionalIngestLines lines the Spring Batch ingest baseline loads: a slice of the file,
 *     whose rate is compared (it inserts ~1,600 rows/s here, so the whole file would take it ten
 *     minutes at scale 1; its rate does not depend on the file's size)
 * @param slaTickets tickets the SLA engine evaluates
 */
public record BenchSizes(long conventionalIngestLines, long slaTickets) {
  public BenchSizes {
    if (conventionalIngestLines < 1 || slaTickets < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
  }

  /** The sizes the issue states for {@code --scale 1}, grown with the scale where it matters. */
  public static BenchSizes of(int scale) {
    return new BenchSizes(5_000, 1_000_000L * scale);
  }
}
