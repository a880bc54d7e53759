package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * The kind-specific parameters of an obligation, one record per {@code kind} of the contract file.
 * Years are contract years; a last contract year shorter than twelve months prorates yearly counts
 * and budgets by its days (minimums rounded up, maximums and budgets rounded down).
 */
public sealed interface ObligationTerms
    permits ObligationTerms.PeriodicActivity,
        ObligationTerms.DailyActivity,
        ObligationTerms.MinPerYear,
        ObligationTerms.MaxGap,
        ObligationTerms.MaxCountPerYear,
        ObligationTerms.BudgetPerYear,
        ObligationTerms.ProactiveContact,
        ObligationTerms.PerTicketActivity {

  /** The {@code kind} as spelled in the file, e.g. {@code periodic_activity}. */
  String kind();

  /**
   * At least {@code minCount} activities in every period.
   *
   * @param activity the activity counted
   * @param every the period
   * @param minCount at least 1
   * @param requiresReport only activities with a report (巡检报告 etc.) count
   * @param onCalendar id of a calendar: only activities on its open days count, and periods with no
   *     open day are not due; null when any day counts
   */
  record PeriodicActivity(
      ActivityType activity, Every every, int minCount, boolean requiresReport, String onCalendar)
      implements ObligationTerms {
    public PeriodicActivity {
      requireNonNull(activity, "activity is null");
      requireNonNull(every, "every is null");
      positive(minCount, "minCount");
    }

    @Override
    public String kind() {
      return "periodic_activity";
    }
  }

  /**
   * One activity every calendar day.
   *
   * @param activity the activity, e.g. {@link ActivityType#BACKUP}
   * @param retentionDays how many days each result must be kept, or null when not stated
   */
  record DailyActivity(ActivityType activity, Integer retentionDays) implements ObligationTerms {
    public DailyActivity {
      requireNonNull(activity, "activity is null");
      if (retentionDays != null) {
        positive(retentionDays, "retentionDays");
      }
    }

    @Override
    public String kind() {
      return "daily_activity";
    }
  }

  /**
   * At least {@code minCount} activities per contract year, some of them around given holidays.
   *
   * @param activity the activity counted
   * @param minCount at least 1
   * @param requiresReport only activities with a report count
   * @param mustCoverWindows holidays each of which needs an activity in its window (every such
   *     holiday that falls in the year)
   * @param windowDays the window of a holiday: from {@code windowDays} days before its first day to
   *     its last day; 0 when there are no windows
   */
  record MinPerYear(
      ActivityType activity,
      int minCount,
      boolean requiresReport,
      List<HolidayWindow> mustCoverWindows,
      int windowDays)
      implements ObligationTerms {
    public MinPerYear {
      requireNonNull(activity, "activity is null");
      positive(minCount, "minCount");
      mustCoverWindows = List.copyOf(requireNonNull(mustCoverWindows, "mustCoverWindows is null"));
      if (windowDays < 0) {
        throw new IllegalArgumentException("windowDays 不能为负数: " + windowDays);
      }
    }

    @Override
    public String kind() {
      return "min_per_year";
    }
  }

  /**
   * No longer than {@code maxGap} between the effective start and the first activity, between two
   * activities, and between the last one and the end (or the reporting date).
   *
   * @param activity the activity, e.g. {@link ActivityType#RELEASE}
   * @param maxGap the longest allowed gap
   * @param requiresReport only activities with a document count
   */
  record MaxGap(ActivityType activity, CalendarSpan maxGap, boolean requiresReport)
      implements ObligationTerms {
    public MaxGap {
      requireNonNull(activity, "activity is null");
      requireNonNull(maxGap, "maxGap is null");
    }

    @Override
    public String kind() {
      return "max_gap";
    }
  }

  /**
   * At most {@code maxCount} tickets of a kind per contract year.
   *
   * @param tickets the tickets counted (every listed attribute must match)
   * @param maxCount at least 0
   */
  record MaxCountPerYear(TicketFilter tickets, int maxCount) implements ObligationTerms {
    public MaxCountPerYear {
      requireNonNull(tickets, "tickets is null");
      if (maxCount < 0) {
        throw new IllegalArgumentException("maxCount 不能为负数: " + maxCount);
      }
    }

    @Override
    public String kind() {
      return "max_count_per_year";
    }
  }

  /**
   * A yearly allowance of effort the vendor provides free of charge; use beyond it is reported.
   *
   * @param activity the activity whose effort is summed, e.g. {@link ActivityType#CHANGE_EFFORT}
   * @param amount the allowance per contract year, positive
   * @param unit the unit of the amount
   */
  record BudgetPerYear(ActivityType activity, BigDecimal amount, BudgetUnit unit)
      implements ObligationTerms {
    public BudgetPerYear {
      requireNonNull(activity, "activity is null");
      requireNonNull(amount, "amount is null");
      requireNonNull(unit, "unit is null");
      if (amount.signum() <= 0) {
        throw new IllegalArgumentException("额度必须大于 0: " + amount);
      }
    }

    @Override
    public String kind() {
      return "budget_per_year";
    }
  }

  /**
   * A proactive call to every department (or the hospital) that had no contact for a while.
   *
   * @param activity the call, e.g. {@link ActivityType#PROACTIVE_CALL}
   * @param per who must not stay silent: each department, or the hospital as a whole
   * @param silence the longest time without contact before a call is due
   * @param contactChannels tickets reported through these channels count as contact
   * @param contactEvents tickets with one of these events (e.g. {@code ON_SITE}) count as contact
   * @param contactActivities these activities count as contact, besides the call itself
   */
  record ProactiveContact(
      ActivityType activity,
      ContactScope per,
      CalendarSpan silence,
      List<String> contactChannels,
      List<String> contactEvents,
      List<ActivityType> contactActivities)
      implements ObligationTerms {
    public ProactiveContact {
      requireNonNull(activity, "activity is null");
      requireNonNull(per, "per is null");
      requireNonNull(silence, "silence is null");
      contactChannels = List.copyOf(requireNonNull(contactChannels, "contactChannels is null"));
      contactEvents = List.copyOf(requireNonNull(contactEvents, "contactEvents is null"));
      contactActivities =
          List.copyOf(requireNonNull(contactActivities, "contactActivities is null"));
    }

    @Override
    public String kind() {
      return "proactive_contact";
    }
  }

  /**
   * An activity that every selected ticket needs, e.g. a report per major fault.
   *
   * @param activity the activity, recorded with the ticket number
   * @param tickets the tickets that need it (every listed attribute must match)
   * @param afterEvent the ticket event the bounds count from, e.g. {@code RESOLVED}
   * @param required whether a ticket without the activity is a breach ({@code false}: it is only
   *     listed as pending)
   * @param notBefore the activity must not come earlier than this after the event, or null
   * @param within the activity must come within this after the event, or null
   * @param calendar id of the calendar the bounds count in; null when there are no bounds
   */
  record PerTicketActivity(
      ActivityType activity,
      TicketFilter tickets,
      String afterEvent,
      boolean required,
      Target notBefore,
      Target within,
      String calendar)
      implements ObligationTerms {
    public PerTicketActivity {
      requireNonNull(activity, "activity is null");
      requireNonNull(tickets, "tickets is null");
      requireNonNull(afterEvent, "afterEvent is null");
    }

    @Override
    public String kind() {
      return "per_ticket_activity";
    }
  }

  /** Unit of a yearly budget. */
  enum BudgetUnit implements Coded {
    /** Person-days (人天). */
    PERSON_DAYS("person_days", "人天");

    private final String code;
    private final String label;

    BudgetUnit(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Who a proactive-contact obligation watches for silence. */
  enum ContactScope implements Coded {
    /** Each department that has reported to the vendor at least once. */
    DEPARTMENT("department", "科室"),
    /** The hospital as a whole. */
    HOSPITAL("hospital", "全院");

    private final String code;
    private final String label;

    ContactScope(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " 必须至少为 1，实际是 " + value);
    }
  }
}
