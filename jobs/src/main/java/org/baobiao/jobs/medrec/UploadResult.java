package org.baobiao.jobs.medrec;

import java.util.List;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.FrontPageUpload;
import org.baobiao.reports.submission.UploadLayout;

/**
 * The upload files written.
 *
 * @param period the discharge period
 * @param layout the layout version used
 * @param ruleSets the quality rule files that decided what was refused, with their versions
 * @param approval the approval personal values were written under, or null when masked
 * @param files one per hospital
 */
public record UploadResult(
    ReportPeriod period,
    UploadLayout layout,
    String ruleSets,
    Approval approval,
    List<HospitalFile> files) {
  public UploadResult {
    files = List.copyOf(files);
  }

  /** Whether any hospital had front pages refused. */
  public boolean anyRefused() {
    return files.stream().anyMatch(f -> f.outcome().refused() > 0);
  }

  /**
   * One hospital's file.
   *
   * @param orgCode the hospital
   * @param outcome the file, the refused list and their counts
   * @param sha256 the upload file's SHA-256, as audited
   * @param auditId the id of the audit row written for it
   */
  public record HospitalFile(
      String orgCode, FrontPageUpload.Outcome outcome, String sha256, String auditId) {}
}
