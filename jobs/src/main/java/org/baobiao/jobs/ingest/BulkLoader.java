package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.warehouse.Warehouse;

/**
 * Loads all the files of one run together, for engines where a job per file costs too much (on
 * Spark + Delta Lake every statement is a commit of a few hundred milliseconds, so a run is loaded
 * in a handful of commits instead of a dozen per file). Engines provide one through {@link
 * java.util.ServiceLoader}; the embedded engine has none and loads file by file with Spring Batch.
 *
 * <p>A bulk loader keeps the per-file contract: one load batch per file content (a file already
 * loaded is skipped), the same validation and mapping code ({@link
 * org.baobiao.etl.load.FileKind#map}), the same rejects with reason codes and the same {@code
 * .rejects.csv} files, and a rerun after a crash writes nothing twice.
 */
public interface BulkLoader {

  /** Whether this loader serves the warehouse's engine. */
  boolean supports(Warehouse warehouse);

  /**
   * Loads files of one domain.
   *
   * @param warehouse the warehouse
   * @param domain the domain
   * @param files the files, in load order (see {@link IngestService#expand})
   * @param encodingOverride an encoding name, or null to detect per file
   * @param fallbackRejectDir where rejects files go when the input's folder is read-only
   * @return one outcome per file, in the order given
   */
  List<IngestOutcome> load(
      Warehouse warehouse,
      String domain,
      List<Path> files,
      String encodingOverride,
      Path fallbackRejectDir)
      throws IOException;

  /**
   * The files of a domain under locations on a file system other than the local disk ({@code
   * hdfs://}, {@code s3a://}…: files or folders, searched recursively), in load order as {@link
   * IngestService#expand} orders local files.
   *
   * @throws IllegalArgumentException naming a location that does not exist, or a given file that is
   *     not of the domain
   * @throws UnsupportedOperationException when the engine reads local files only
   */
  default List<URI> expandRemote(Warehouse warehouse, String domain, List<URI> locations)
      throws IOException {
    throw new UnsupportedOperationException();
  }

  /**
   * Loads files of one domain from a file system other than the local disk, as {@link #load}.
   *
   * @param files the files, in load order (see {@link #expandRemote})
   */
  default List<IngestOutcome> loadRemote(
      Warehouse warehouse, String domain, List<URI> files, String encodingOverride, Path rejectDir)
      throws IOException {
    throw new UnsupportedOperationException();
  }
}
