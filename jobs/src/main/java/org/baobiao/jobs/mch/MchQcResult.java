package org.baobiao.jobs.mch;

import java.util.List;
import org.baobiao.mch.qc.MchQcRun;
import org.baobiao.reports.run.ReportPeriod;

/**
 * What an MCH quality-control run found.
 *
 * @param rules how many rules were applied
 * @param ruleSets the rule files applied with their versions
 * @param hospitals each hospital's counts over all its records; none when the warehouse holds no
 *     MCH record of the hospitals asked for
 * @param period the period {@code inPeriod} counts, or null when none was asked for
 * @param inPeriod each hospital's counts of the records dated in {@code period}
 */
public record MchQcResult(
    int rules,
    String ruleSets,
    List<MchQcRun.Result> hospitals,
    ReportPeriod period,
    List<PeriodCounts> inPeriod) {
  public MchQcResult {
    hospitals = List.copyOf(hospitals);
    inPeriod = List.copyOf(inPeriod);
  }

  /**
   * One hospital's records of one kind dated in the period.
   *
   * @param orgCode the hospital
   * @param kindTitle the kind of record, in Chinese
   * @param records the records checked
   * @param blocked those with a blocking violation
   * @param violations the violations
   */
  public record PeriodCounts(
      String orgCode, String kindTitle, long records, long blocked, long violations) {}
}
