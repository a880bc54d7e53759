package org.baobiao.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What the benchmarks need from the application, so that they measure the real paths: the ingest
 * job and the report command, on a warehouse of their own.
 */
public interface BenchApp {

  /** Opens (or creates) the warehouse at {@code warehouse}, with the batch runtime started. */
  Session open(Path warehouse) throws Exception;

  /** A warehouse open for loading and reporting. */
  interface Session extends AutoCloseable {
    /**
     * Loads files or folders of a domain through the ingest job, as {@code ingest} does.
     *
     * @return rows read (loaded and rejected)
     */
    long ingest(String domain, List<Path> paths) throws Exception;

    /** Writes a report in every format, as {@code report} does. */
    void report(String reportId, String period, String hospital, Path out) throws Exception;

    /** The first value of a query's first row. */
    Object single(String sql) throws Exception;

    @Override
    void close();
  }
}
