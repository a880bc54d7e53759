package org.baobiao.jobs.report;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;

/**
 * What a report run wrote.
 *
 * @param spec the report
 * @param period the period reported on
 * @param hospitals the hospitals reported on
 * @param files the files written, hospital by hospital, format by format
 */
public record ReportOutput(
    ReportSpec spec, ReportPeriod period, List<String> hospitals, List<Path> files) {
  public ReportOutput {
    hospitals = List.copyOf(hospitals);
    files = List.copyOf(files);
  }
}
