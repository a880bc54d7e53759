package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import org.baobiao.reports.run.ReportPeriod;

/**
 * What part of the extraction requests' audit trail to list.
 *
 * @param period the events acted in this period (Asia/Shanghai, end exclusive)
 * @param requestNo only this request's events, or null for all
 * @param user only the events this person acted (the actor), or null for all
 */
public record AuditQuery(ReportPeriod period, String requestNo, String user) {
  public AuditQuery {
    requireNonNull(period, "period is null");
    requestNo = blankToNull(requestNo);
    user = blankToNull(user);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
