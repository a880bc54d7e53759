package org.baobiao.jobs.mch;

import java.util.List;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.reports.run.ReportPeriod;

/**
 * The MCH platform upload files written: one result per layout, each with a file per hospital.
 *
 * @param period the period of the records (a year as the MCH statistical year)
 * @param uploads per layout, in the layouts' order
 */
public record MchUploadResult(ReportPeriod period, List<UploadResult> uploads) {
  public MchUploadResult {
    uploads = List.copyOf(uploads);
  }

  /** Whether any hospital had records refused in any layout. */
  public boolean anyRefused() {
    return uploads.stream().anyMatch(UploadResult::anyRefused);
  }
}
