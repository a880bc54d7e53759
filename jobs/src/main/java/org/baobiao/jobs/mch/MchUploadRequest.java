package org.baobiao.jobs.mch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.reports.run.ReportPeriod;

/**
 * MCH platform upload files to write.
 *
 * @param period the period of the records (a year is the MCH statistical year, 1 October of the
 *     year before to 30 September)
 * @param hospital one hospital's organisation code, or null for every hospital with MCH records
 * @param layoutId one upload layout of MCH records, or null for every one in force on the period's
 *     first day
 * @param outDir where the files go
 * @param approval the approval to write personal values unmasked, or null to mask them
 * @param requestedBy who asks (recorded in the audit)
 */
public record MchUploadRequest(
    ReportPeriod period,
    String hospital,
    String layoutId,
    Path outDir,
    Approval approval,
    String requestedBy) {
  public MchUploadRequest {
    requireNonNull(period, "period is null");
    requireNonNull(outDir, "outDir is null");
    requireNonNull(requestedBy, "requestedBy is null");
  }
}
