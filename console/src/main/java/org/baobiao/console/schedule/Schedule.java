package org.baobiao.console.schedule;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.jobs.report.RelativePeriod;

/**
 * A schedule: a report of the catalog run for a relative period whenever its cron fires (Quartz
 * syntax, Asia/Shanghai), its outputs recorded in the run history, its failure mailed.
 *
 * @param id its number
 * @param reportId the report
 * @param hospital one hospital's organisation code, or null for every hospital loaded
 * @param period the period relative to the day it runs
 * @param cron when it runs: seconds minutes hours day-of-month month day-of-week [year]
 * @param formats format names (pdf, xlsx, csv)
 * @param recipients mail addresses told of a failure
 * @param retries attempts after a failed first one
 * @param enabled whether the cron fires
 * @param createdBy who made it ({@code 系统} for the defaults of the catalog)
 * @param createdAt when
 * @param options the report's CHOICE values this schedule runs with, by name, only those that
 *     differ from the report's defaults (empty: every default)
 */
public record Schedule(
    long id,
    String reportId,
    String hospital,
    RelativePeriod period,
    String cron,
    List<String> formats,
    List<String> recipients,
    int retries,
    boolean enabled,
    String createdBy,
    OffsetDateTime createdAt,
    Map<String, String> options) {
  public Schedule {
    formats = List.copyOf(formats);
    recipients = List.copyOf(recipients);
    options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** How its runs show in the history and the audit: {@code 定时任务#3}. */
  public String who() {
    return "定时任务#" + id;
  }
}
