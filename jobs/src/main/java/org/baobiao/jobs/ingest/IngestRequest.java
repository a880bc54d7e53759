package org.baobiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Files of one domain to load.
 *
 * @param domain the domain ({@code reference}, {@code tickets}, …)
 * @param files local files, in load order (see {@link IngestService#expand})
 * @param remote files or folders on a Hadoop file system ({@code hdfs://…}, {@code s3a://…}), which
 *     only an engine with a {@link BulkLoader} for them reads
 * @param encoding the files' encoding, or null to detect it file by file
 */
public record IngestRequest(String domain, List<Path> files, List<URI> remote, String encoding) {
  public IngestRequest {
    requireNonNull(domain, "domain is null");
    files = List.copyOf(files);
    remote = List.copyOf(remote);
  }

  /** Local files only, encoding detected. */
  public static IngestRequest of(String domain, List<Path> files) {
    return new IngestRequest(domain, files, List.of(), null);
  }
}
