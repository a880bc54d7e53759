package org.baobiao.jobs.medrec;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.baobiao.reports.run.ReportPeriod;

/**
 * Front-page upload files to write.
 *
 * @param period the discharge period
 * @param hospital one hospital's organisation code, or null for every hospital with front pages
 * @param layoutId the submission layout; the version in force on the period's first day is used
 * @param outDir where the files go
 * @param approval the approval to write personal values unmasked, or null to mask them
 * @param requestedBy who asks (recorded in the audit)
 */
public record UploadRequest(
    ReportPeriod period,
    String hospital,
    String layoutId,
    Path outDir,
    Approval approval,
    String requestedBy) {
  /** The layout the demo and the command line use by default. */
  public static final String DEFAULT_LAYOUT = "perf-assessment";

  public UploadRequest {
    requireNonNull(period, "period is null");
    requireNonNull(layoutId, "layoutId is null");
    requireNonNull(outDir, "outDir is null");
    requireNonNull(requestedBy, "requestedBy is null");
  }
}
