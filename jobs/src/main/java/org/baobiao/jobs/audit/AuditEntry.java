package org.baobiao.jobs.audit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * One row of the extraction audit ({@code extraction_audit}): who took which data out of the
 * warehouse, under which approval, into which file.
 *
 * @param auditId the row's id
 * @param kind what was extracted, e.g. {@code medrec-upload}
 * @param orgCode the hospital whose data it was
 * @param period the period extracted ({@code 2026-10})
 * @param layout the submission layout's id, or null
 * @param layoutVersion the layout's version, or null
 * @param ruleSets the quality rule files that decided what was refused, with their versions, or
 *     null
 * @param rowsWritten records written to the file
 * @param rowsRefused records left out (refused)
 * @param personal {@code MASKED} or {@code UNMASKED}
 * @param approvalRef the approval's reference when personal values were written, else null
 * @param approvedBy who approved it, else null
 * @param requestedBy who asked for the extraction
 * @param filePath the file written (absolute)
 * @param fileSha256 the file's SHA-256
 * @param dataVersion the warehouse's data version the file was written from
 * @param createdAt when, Asia/Shanghai
 */
public record AuditEntry(
    String auditId,
    String kind,
    String orgCode,
    String period,
    String layout,
    String layoutVersion,
    String ruleSets,
    long rowsWritten,
    long rowsRefused,
    String personal,
    String approvalRef,
    String approvedBy,
    String requestedBy,
    String filePath,
    String fileSha256,
    String dataVersion,
    LocalDateTime createdAt) {
  public AuditEntry {
    requireNonNull(auditId, "auditId is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(personal, "personal is null");
    requireNonNull(requestedBy, "requestedBy is null");
    requireNonNull(filePath, "filePath is null");
    requireNonNull(fileSha256, "fileSha256 is null");
    requireNonNull(dataVersion, "dataVersion is null");
    requireNonNull(createdAt, "createdAt is null");
  }
}
