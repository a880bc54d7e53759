package org.baobiao.sample.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A hospital's activity log plan: the duties its vendor performs and the occasions it deliberately
 * misses, from the {@code activity.*} keys of its profile:
 *
 * <pre>
 * activity.id.format   activity numbers with {date} (yyyyMMdd) and {n} (5 digits, per day)
 * activity.duties      duty names, in order
 * activity.missed      TYPE@yyyy-MM-dd occasions left out (the duties missed)
 * activity.&lt;duty&gt;.type, .when, .start, .minutes, .department, .note (texts separated by |
 *   are taken in turn), .report, .version, .person.days, .person.days.median, .failed,
 *   .failed.note
 * </pre>
 *
 * @param idFormat activity number pattern
 * @param duties the duties
 * @param missed the occasions left out, as {@code TYPE@yyyy-MM-dd}
 */
public record ActivityPlan(String idFormat, List<Duty> duties, Set<String> missed) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  /** Checks the pattern and copies the collections. */
  public ActivityPlan {
    if (!idFormat.contains("{date}") || !idFormat.contains("{n}")) {
      throw new IllegalArgumentException("activity id format needs {date} and {n}: " + idFormat);
    }
    duties = List.copyOf(duties);
    missed = Set.copyOf(missed);
  }

  /** Reads the plan from a profile. */
  static ActivityPlan parse(SampleCatalog.Settings settings) {
    try {
      List<Duty> duties = new ArrayList<>();
      for (String name : settings.list("activity.duties")) {
        duties.add(duty(settings, name));
      }
      Set<String> missed = new HashSet<>(settings.listOrEmpty("activity.missed"));
      for (String item : missed) {
        LocalDate.parse(item.substring(item.indexOf('@') + 1));
      }
      return new ActivityPlan(settings.text("activity.id.format"), duties, missed);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalStateException("profile " + settings.orgCode() + ": " + e.getMessage(), e);
    }
  }

  private static Duty duty(SampleCatalog.Settings settings, String name) {
    String key = "activity." + name + ".";
    List<BigDecimal> personDays = new ArrayList<>();
    for (String days : settings.listOrEmpty(key + "person.days")) {
      personDays.add(new BigDecimal(days).setScale(1));
    }
    Set<LocalDate> failed = new HashSet<>();
    for (String day : settings.listOrEmpty(key + "failed")) {
      failed.add(LocalDate.parse(day));
    }
    return new Duty(
        name,
        settings.text(key + "type"),
        DutySchedule.parse(settings.text(key + "when")),
        LocalTime.parse(settings.text(key + "start", "09:00")),
        Integer.parseInt(settings.text(key + "minutes", "0")),
        settings.text(key + "department", ""),
        List.of(settings.text(key + "note").split("\\s*\\|\\s*")),
        settings.text(key + "report", ""),
        settings.text(key + "version", ""),
        personDays,
        Double.parseDouble(settings.text(key + "person.days.median", "0")),
        failed,
        settings.text(key + "failed.note", ""));
  }

  /** Whether the occasion of {@code type} on {@code day} is deliberately left out. */
  public boolean missed(String type, LocalDate day) {
    return missed.contains(type + "@" + day);
  }

  /** The activity number of the {@code n}-th activity (from 1) started on {@code day}. */
  public String activityId(LocalDate day, int n) {
    if (n < 1 || n > 99_999) {
      throw new IllegalArgumentException("daily activity counter out of range: " + n);
    }
    String date = DAY.format(day);
    return idFormat.replace("{date}", date).replace("{n}", String.format(Locale.ROOT, "%05d", n));
  }

  /** Whether any duty is scheduled from the severity-1 tickets. */
  public boolean needsSevereTickets() {
    return duties.stream().anyMatch(d -> d.schedule().needsSevereTickets());
  }

  /** Whether any duty uses the change tickets (scheduled from them, or linked to them). */
  public boolean needsChangeTickets() {
    return duties.stream()
        .anyMatch(d -> d.type().equals("CHANGE_EFFORT") || d.schedule().needsChangeTickets());
  }

  /** Whether a duty is scheduled from the departments' report days. */
  public boolean needsContacts() {
    return duties.stream().anyMatch(d -> d.schedule().needsContacts());
  }
}
