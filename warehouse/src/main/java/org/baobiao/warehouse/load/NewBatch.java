package org.baobiao.warehouse.load;

import static java.util.Objects.requireNonNull;

/**
 * What is known of a file before its load starts.
 *
 * @param domain source domain
 * @param fileKind file kind within the domain
 * @param sourcePath absolute path
 * @param contentHash SHA-256 of the bytes, hex
 * @param fileSize size in bytes
 * @param encoding character encoding used to read it
 */
public record NewBatch(
    String domain,
    String fileKind,
    String sourcePath,
    String contentHash,
    long fileSize,
    String encoding) {
  public NewBatch {
    requireNonNull(domain, "domain is null");
    requireNonNull(fileKind, "fileKind is null");
    requireNonNull(sourcePath, "sourcePath is null");
    requireNonNull(contentHash, "contentHash is null");
    requireNonNull(encoding, "encoding is null");
  }
}
