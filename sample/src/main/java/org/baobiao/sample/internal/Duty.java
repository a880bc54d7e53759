package org.baobiao.sample.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.baobiao.etl.activities.ActivityCodes;

/**
 * One contract duty of a hospital's maintenance vendor and how its activity rows look, from the
 * {@code activity.<name>.*} keys of the hospital's profile.
 *
 * @param name the duty's name in the profile
 * @param type activity type code
 * @param schedule when it is due
 * @param start usual start time
 * @param minutes usual length; 0 leaves {@code ended_at} empty (a delivered document)
 * @param department department it is done for, or empty
 * @param notes the note, or notes taken in turn by occasion; {@code {department}}, {@code
 *     {system}}, {@code {ticket}}, {@code {version}}, {@code {month}}, {@code {quarter}} and {@code
 *     {prevquarter}} are filled in
 * @param reportPrefix report number prefix (the number is prefix-yyyyMMdd), or empty for none
 * @param firstVersion version of the first release, e.g. {@code V1.0.12}, or empty
 * @param personDays person-days taken in turn by occasion, or empty
 * @param personDaysMedian median person-days drawn per occasion when {@code personDays} is empty,
 *     or 0
 * @param failedDays days on which the activity failed
 * @param failedNote the note of a failed activity
 */
public record Duty(
    String name,
    String type,
    DutySchedule schedule,
    LocalTime start,
    int minutes,
    String department,
    List<String> notes,
    String reportPrefix,
    String firstVersion,
    List<BigDecimal> personDays,
    double personDaysMedian,
    Set<LocalDate> failedDays,
    String failedNote) {

  /** Checks the duty against the activity rules of docs/formats.md. */
  public Duty {
    requireNonNull(schedule, "schedule is null");
    requireNonNull(start, "start is null");
    notes = List.copyOf(notes);
    personDays = List.copyOf(personDays);
    failedDays = Set.copyOf(failedDays);
    if (!ActivityCodes.TYPES.containsKey(type)) {
      throw new IllegalArgumentException(name + ": unknown activity type " + type);
    }
    if (ActivityCodes.REPORT_TYPES.contains(type) && reportPrefix.isEmpty()) {
      throw new IllegalArgumentException(name + ": a " + type + " needs a report prefix");
    }
    if (type.equals("RELEASE") && !firstVersion.matches(".*\\.[0-9]+")) {
      throw new IllegalArgumentException(name + ": a release needs a first version like V1.0.1");
    }
    if (type.equals("CHANGE_EFFORT") && personDays.isEmpty() && personDaysMedian <= 0) {
      throw new IllegalArgumentException(name + ": a change effort needs person-days");
    }
    if (notes.isEmpty()) {
      throw new IllegalArgumentException(name + ": needs a note");
    }
  }

  /** The note of the {@code n}-th occasion (from 0), placeholders not yet filled. */
  public String note(int n) {
    return notes.get(n % notes.size());
  }

  /** The version of the {@code n}-th release (from 0). */
  public String version(int n) {
    int dot = firstVersion.lastIndexOf('.');
    int first = Integer.parseInt(firstVersion.substring(dot + 1));
    return firstVersion.substring(0, dot + 1) + (first + n);
  }
}
