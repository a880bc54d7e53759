package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the vendor's activity log ({@code activities}), as obligations read it.
 *
 * @param activityId the activity number
 * @param type activity type code, e.g. {@code INSPECTION}
 * @param startedAt when it started (for a document: when it was delivered)
 * @param department the department it was done for, or null
 * @param personDays development effort, or null
 * @param version the version put in use by a release, or null
 * @param reportNo the number of its evidence document, or null
 * @param ticketNo the ticket it answers, or null
 * @param failed whether its result is {@code FAILED}
 */
public record LoggedActivity(
    String activityId,
    String type,
    LocalDateTime startedAt,
    String department,
    BigDecimal personDays,
    String version,
    String reportNo,
    String ticketNo,
    boolean failed) {

  public LoggedActivity {
    requireNonNull(activityId, "activityId is null");
    requireNonNull(type, "type is null");
    requireNonNull(startedAt, "startedAt is null");
  }

  /** A successful activity without department, effort, version, report or ticket. */
  public static LoggedActivity of(String activityId, String type, LocalDateTime startedAt) {
    return new LoggedActivity(activityId, type, startedAt, null, null, null, null, null, false);
  }

  /** This activity with a report number. */
  public LoggedActivity withReport(String number) {
    return new LoggedActivity(
        activityId, type, startedAt, department, personDays, version, number, ticketNo, failed);
  }

  /** This activity done for a department. */
  public LoggedActivity forDepartment(String name) {
    return new LoggedActivity(
        activityId, type, startedAt, name, personDays, version, reportNo, ticketNo, failed);
  }

  /** This activity with its effort in person-days. */
  public LoggedActivity withPersonDays(String days) {
    return new LoggedActivity(
        activityId,
        type,
        startedAt,
        department,
        new BigDecimal(days),
        version,
        reportNo,
        ticketNo,
        failed);
  }

  /** This activity answering a ticket. */
  public LoggedActivity forTicket(String number) {
    return new LoggedActivity(
        activityId, type, startedAt, department, personDays, version, reportNo, number, failed);
  }

  /** This activity with result {@code FAILED}. */
  public LoggedActivity asFailed() {
    return new LoggedActivity(
        activityId, type, startedAt, department, personDays, version, reportNo, ticketNo, true);
  }

  /** The day it started. */
  public LocalDate day() {
    return startedAt.toLocalDate();
  }
}
