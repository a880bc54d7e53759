package org.baobiao.sample.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One time a duty is due, as a schedule gives it.
 *
 * @param day the day it is done
 * @param start when it starts, or null for the duty's usual start time
 * @param end when it ends, or null for the duty's usual length
 * @param ticket the ticket it answers, or null
 * @param department the department it is for, or empty for the duty's
 */
public record Occasion(
    LocalDate day,
    LocalDateTime start,
    LocalDateTime end,
    TicketDigest.Entry ticket,
    String department) {

  /** An occasion on {@code day} with nothing else given. */
  public static Occasion on(LocalDate day) {
    return new Occasion(day, null, null, null, "");
  }
}
