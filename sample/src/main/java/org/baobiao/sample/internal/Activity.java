package org.baobiao.sample.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of the activity log, as simulated.
 *
 * @param id activity number, or empty until numbers are given out
 * @param type activity type code
 * @param start when it started
 * @param end when it ended, or null
 * @param contractId the contract it is done under
 * @param department department, or empty
 * @param engineer vendor engineer
 * @param personDays person-days, or null
 * @param version version released, or empty
 * @param reportNo evidence document number, or empty
 * @param ticketNo related ticket, or empty
 * @param result {@code OK}, {@code FAILED}, or empty (meaning OK)
 * @param note free text
 */
public record Activity(
    String id,
    String type,
    LocalDateTime start,
    LocalDateTime end,
    String contractId,
    String department,
    String engineer,
    BigDecimal personDays,
    String version,
    String reportNo,
    String ticketNo,
    String result,
    String note) {

  /** The same activity with number {@code newId}. */
  public Activity withId(String newId) {
    return new Activity(
        newId,
        type,
        start,
        end,
        contractId,
        department,
        engineer,
        personDays,
        version,
        reportNo,
        ticketNo,
        result,
        note);
  }
}
