package org.baobiao.console.schedule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule as typed into the form or the command line, not yet checked.
 *
 * @param reportId the report's id
 * @param hospital an organisation code, or blank for every hospital
 * @param period 昨天, 上月, 上季度, 去年 or 统计年度
 * @param cron a Quartz cron expression
 * @param formats format names; empty means none chosen
 * @param recipients mail addresses separated by commas, semicolons or spaces
 * @param retries a whole number 0–10, as typed
 * @param enabled whether the cron fires
 * @param options the report's CHOICE values by name, as chosen; blank values are left out
 */
public record ScheduleDraft(
    String reportId,
    String hospital,
    String period,
    String cron,
    List<String> formats,
    String recipients,
    String retries,
    boolean enabled,
    Map<String, String> options) {
  public ScheduleDraft {
    reportId = reportId == null ? "" : reportId.strip();
    hospital = hospital == null ? "" : hospital.strip();
    period = period == null ? "" : period.strip();
    cron = cron == null ? "" : cron.strip().replaceAll("\\s+", " ");
    formats = formats == null ? List.of() : List.copyOf(formats);
    recipients = recipients == null ? "" : recipients.strip();
    retries = retries == null ? "" : retries.strip();
    Map<String, String> chosen = new LinkedHashMap<>();
    if (options != null) {
      options.forEach(
          (k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
              chosen.put(k.strip(), v.strip());
            }
          });
    }
    options = Collections.unmodifiableMap(chosen);
  }

  /** A draft with every option at the report's default. */
  public ScheduleDraft(
      String reportId,
      String hospital,
      String period,
      String cron,
      List<String> formats,
      String recipients,
      String retries,
      boolean enabled) {
    this(reportId, hospital, period, cron, formats, recipients, retries, enabled, Map.of());
  }

  /** The draft of an existing schedule, for its edit form. */
  public static ScheduleDraft of(Schedule s) {
    return new ScheduleDraft(
        s.reportId(),
        s.hospital(),
        s.period().label(),
        s.cron(),
        s.formats(),
        String.join(", ", s.recipients()),
        Integer.toString(s.retries()),
        s.enabled(),
        s.options());
  }
}
