package org.baobiao.jobs.service;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.reports.submission.SubmissionColumns;

/**
 * Every kind of record an upload layout may upload: the inpatient front page, and each MCH record.
 */
public final class UploadRecords {
  private UploadRecords() {}

  /** The front page first, then the MCH records. */
  public static List<SubmissionColumns> all() {
    List<SubmissionColumns> out = new ArrayList<>();
    out.add(FrontPageColumns.INSTANCE);
    out.addAll(MchRecordColumns.all());
    return List.copyOf(out);
  }
}
