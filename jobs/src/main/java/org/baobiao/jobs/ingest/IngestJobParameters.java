package org.baobiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one ingest job run, bound once from the job parameters.
 *
 * <p>Identifying: batch id, content hash and encoding, so the same file read the same way restarts
 * its failed execution where it stopped, while a different encoding starts afresh.
 *
 * @param batchId the warehouse load batch
 * @param file the source file, absolute
 * @param fileKind the file kind name (see {@code Domains})
 * @param contentHash SHA-256 of the file
 * @param encoding the charset name used to read it
 * @param bom whether the file starts with a UTF-8 BOM
 */
public record IngestJobParameters(
    long batchId, Path file, String fileKind, String contentHash, String encoding, boolean bom) {
  public IngestJobParameters {
    requireNonNull(file, "file is null");
    requireNonNull(fileKind, "fileKind is null");
    requireNonNull(contentHash, "contentHash is null");
    requireNonNull(encoding, "encoding is null");
  }

  /** Binds the job parameters as step-scoped beans see them ({@code #{jobParameters}}). */
  public static IngestJobParameters from(Map<String, Object> p) {
    return new IngestJobParameters(
        Long.parseLong(String.valueOf(p.get("batch.id"))),
        Path.of(String.valueOf(p.get("file"))),
        String.valueOf(p.get("file.kind")),
        String.valueOf(p.get("content.hash")),
        String.valueOf(p.get("encoding")),
        Boolean.parseBoolean(String.valueOf(p.get("bom"))));
  }

  /** The job parameters of this run. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addLong("batch.id", batchId, true)
        .addString("content.hash", contentHash, true)
        .addString("encoding", encoding, true)
        .addString("file", file.toString(), false)
        .addString("file.kind", fileKind, false)
        .addString("bom", String.valueOf(bom), false)
        .toJobParameters();
  }
}
