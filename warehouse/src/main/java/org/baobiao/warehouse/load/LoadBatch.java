package org.baobiao.warehouse.load;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * One file loaded (or being loaded) into the warehouse.
 *
 * @param batchId batch id, increasing
 * @param domain the source domain, e.g. {@code tickets}
 * @param fileKind the file kind within the domain, e.g. {@code ticket_events}
 * @param sourcePath absolute path of the file when it was loaded
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param fileSize size in bytes
 * @param encoding the character encoding the file was read with
 * @param status state
 * @param rowsRead data rows read (header excluded)
 * @param rowsLoaded rows published to the warehouse tables
 * @param rowsRejected rows rejected
 * @param startedAt when the batch was first started (Asia/Shanghai)
 * @param finishedAt when it was published or failed, or null
 * @param rejectFile the rejects CSV written, or null when nothing was rejected
 * @param message the error of a failed batch, or null
 */
public record LoadBatch(
    long batchId,
    String domain,
    String fileKind,
    String sourcePath,
    String contentHash,
    long fileSize,
    String encoding,
    BatchStatus status,
    long rowsRead,
    long rowsLoaded,
    long rowsRejected,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    String rejectFile,
    String message) {
  public LoadBatch {
    requireNonNull(domain, "domain is null");
    requireNonNull(fileKind, "fileKind is null");
    requireNonNull(sourcePath, "sourcePath is null");
    requireNonNull(contentHash, "contentHash is null");
    requireNonNull(status, "status is null");
  }
}
