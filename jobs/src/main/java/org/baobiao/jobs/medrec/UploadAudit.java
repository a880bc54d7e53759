package org.baobiao.jobs.medrec;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.jobs.audit.AuditEntry;
import org.baobiao.jobs.audit.ExtractionAudit;
import org.baobiao.reports.submission.FrontPageUpload;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.warehouse.Warehouse;

/**
 * Audits a written upload file, front pages or MCH records alike: one {@code extraction_audit} row
 * with the file's SHA-256, whether personal fields were masked and under which approval.
 */
public final class UploadAudit {
  private final Warehouse warehouse;
  private final ExtractionAudit audit;
  private final Clock clock;

  public UploadAudit(Warehouse warehouse, Clock clock) {
    this.warehouse = warehouse;
    this.audit = new ExtractionAudit(warehouse);
    this.clock = clock;
  }

  /**
   * Records one hospital's file.
   *
   * @param kind the audit kind, e.g. {@code medrec-upload}
   * @param period the period's text
   * @param ruleSets the quality rule files that decided what was refused, with their versions
   * @param approval the approval personal values were written under, or null when masked
   * @param uploader who ran the upload
   * @return the file as the upload's result lists it
   */
  public UploadResult.HospitalFile record(
      String kind,
      String orgCode,
      String period,
      UploadLayout layout,
      String ruleSets,
      FrontPageUpload.Outcome outcome,
      Approval approval,
      String uploader)
      throws IOException {
    String sha256 = ContentHash.sha256(outcome.file());
    String id = UUID.randomUUID().toString();
    audit.record(
        new AuditEntry(
            id,
            kind,
            orgCode,
            period,
            layout.id(),
            layout.version(),
            ruleSets,
            outcome.written(),
            outcome.refused(),
            approval == null ? "MASKED" : "UNMASKED",
            approval == null ? null : approval.reference(),
            approval == null ? null : approval.approvedBy(),
            uploader,
            outcome.file().toAbsolutePath().normalize().toString(),
            sha256,
            warehouse.dataVersion().describe(),
            LocalDateTime.now(clock).withNano(0)));
    return new UploadResult.HospitalFile(orgCode, outcome, sha256, id);
  }
}
