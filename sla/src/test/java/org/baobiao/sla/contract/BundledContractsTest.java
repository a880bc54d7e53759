package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.baobiao.sla.contract.ObligationTerms.BudgetPerYear;
import org.baobiao.sla.contract.ObligationTerms.BudgetUnit;
import org.baobiao.sla.contract.ObligationTerms.ContactScope;
import org.baobiao.sla.contract.ObligationTerms.DailyActivity;
import org.baobiao.sla.contract.ObligationTerms.MaxCountPerYear;
import org.baobiao.sla.contract.ObligationTerms.MaxGap;
import org.baobiao.sla.contract.ObligationTerms.MinPerYear;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;
import org.baobiao.sla.contract.ObligationTerms.PeriodicActivity;
import org.baobiao.sla.contract.ObligationTerms.ProactiveContact;
import org.junit.jupiter.api.Test;

/** The five contracts bundled in {@code index.txt}: they load, and they say what the seeds say. */
class BundledContractsTest {
  private static final List<Contract> CONTRACTS = ContractLoader.loadDefault();
  private static final Set<String> NOWHERE = Set.of();

  private static Contract contract(String id) {
    return CONTRACTS.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static GoalRule goal(String contract, String clock, String rule) {
    return contract(contract).clock(clock).orElseThrow().goals().stream()
        .filter(g -> g.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(contract + " " + clock + " has no rule " + rule));
  }

  private static void assertTarget(GoalRule goal, String amount, TargetUnit unit) {
    assertThat(goal.target().amount()).isEqualByComparingTo(new BigDecimal(amount));
    assertThat(goal.target().unit()).isEqualTo(unit);
  }

  private static ObligationTerms terms(String contract, String obligation) {
    return contract(contract).obligation(obligation).orElseThrow().terms();
  }

  @Test
  void everyClauseIsQuotedWordForWordFromItsSeedDocument() {
    for (Contract c : CONTRACTS) {
      String seed = squeeze(Fixtures.text("seeds/" + c.seedDoc() + ".txt"));
      List<Clause> clauses =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.concat(
                      c.clocks().stream().flatMap(k -> k.goals().stream()).map(GoalRule::clause),
                      c.obligations().stream().map(ObligationDef::clause)),
                  java.util.stream.Stream.ofNullable(c.dataExtraction()))
              .toList();
      assertThat(clauses).isNotEmpty();
      for (Clause clause : clauses) {
        assertThat(seed).as(c.id() + " " + clause.section()).contains(squeeze(clause.text()));
      }
    }
  }

  // Word's export puts line breaks and odd spaces inside sentences; compare without any.
  private static String squeeze(String text) {
    return text.replaceAll("[\\s\\u00A0\\u3000]", "");
  }

  @Test
  void everyClockHasGoalsAndEveryGoalCalendarIsDefined() {
    for (Contract c : CONTRACTS) {
      assertThat(c.clocks()).as(c.id()).isNotEmpty();
      for (ClockDef clock : c.clocks()) {
        assertThat(clock.goals()).as(c.id() + " " + clock.id()).isNotEmpty();
        clock.goals().forEach(g -> assertThat(c.calendar(g.calendar())).isPresent());
      }
    }
  }

  @Test
  void seed000PhoneFeedbackRemoteFeedbackAndOnSiteArrival() {
    assertTarget(goal("HT-2025-000", "response", "电话报障1小时内反馈"), "1", TargetUnit.HOURS);
    ClockDef remote = contract("HT-2025-000").clock("remote_feedback").orElseThrow();
    assertThat(remote.start()).containsExactly("REMOTE_STARTED");
    assertTarget(remote.goals().get(0), "24", TargetUnit.HOURS);
    ClockDef onsite = contract("HT-2025-000").clock("onsite_arrival").orElseThrow();
    assertThat(onsite.startAt()).isEqualTo(ClockDef.StartAt.LAST);
    assertThat(onsite.cancel()).contains("RESOLVED");
    assertTarget(onsite.goals().get(0), "24", TargetUnit.HOURS);
    assertThat(terms("HT-2025-000", "quarterly_inspection"))
        .isEqualTo(new PeriodicActivity(ActivityType.INSPECTION, Every.QUARTER, 1, true, null));
    assertThat(terms("HT-2025-000", "yearly_maintenance_records"))
        .isEqualTo(new PeriodicActivity(ActivityType.ANNUAL_REPORT, Every.YEAR, 1, false, null));
  }

  @Test
  void seed001ServiceHoursOnSiteLevelsAndCatalogueDuties() {
    Contract c = contract("HT-2025-001");
    assertThat(c.calendar("service_hours").orElseThrow())
        .extracting(CalendarDef::kind, CalendarDef::start, CalendarDef::end)
        .containsExactly("DAILY_WINDOW", LocalTime.of(9, 0), LocalTime.of(17, 30));
    assertTarget(goal("HT-2025-001", "onsite_arrival", "一级问题1小时内到达"), "1", TargetUnit.HOURS);
    assertTarget(goal("HT-2025-001", "onsite_arrival", "二级问题3小时内到达"), "3", TargetUnit.HOURS);
    GoalRule level3 = goal("HT-2025-001", "onsite_arrival", "三级问题3个工作日内到达");
    assertTarget(level3, "3", TargetUnit.WORKING_DAYS);
    assertThat(c.calendar(level3.calendar()).orElseThrow().kind()).isEqualTo("WORKDAYS");
    assertThat(c.workingDayMode()).isEqualTo(WorkingDayMode.SAME_TIME_NTH_WORKING_DAY);
    ProactiveContact call = (ProactiveContact) terms("HT-2025-001", "proactive_call");
    assertThat(call.per()).isEqualTo(ContactScope.DEPARTMENT);
    assertThat(call.silence()).isEqualTo(new CalendarSpan(1, CalendarSpan.Unit.MONTHS));
    assertThat(terms("HT-2025-001", "weekly_onsite_day"))
        .isEqualTo(new PeriodicActivity(ActivityType.ONSITE_DAY, Every.WEEK, 1, false, "workdays"));
    assertThat(((PeriodicActivity) terms("HT-2025-001", "quarterly_inspection")).every())
        .isEqualTo(Every.QUARTER);
    assertThat(((PeriodicActivity) terms("HT-2025-001", "yearly_training")).activity())
        .isEqualTo(ActivityType.TRAINING);
    assertThat(((PerTicketActivity) terms("HT-2025-001", "major_fault_report")).tickets())
        .isEqualTo(new TicketFilter(List.of(), List.of(), List.of(1)));
  }

  @Test
  void seed002WorkingHoursResponseOnSiteFixAndChanges() {
    Contract c = contract("HT-2025-002");
    assertThat(c.workingDayMode()).isEqualTo(WorkingDayMode.BUSINESS_HOURS);
    assertThat(c.calendar("work_hours").orElseThrow())
        .extracting(CalendarDef::kind, CalendarDef::start, CalendarDef::end)
        .containsExactly("WORKDAY_WINDOW", LocalTime.of(8, 0), LocalTime.of(18, 0));
    GoalRule in = goal("HT-2025-002", "response", "工作期间0.5小时内响应");
    assertThat(in.when().startIn()).isEqualTo("work_hours");
    assertTarget(in, "30", TargetUnit.MINUTES);
    GoalRule out = goal("HT-2025-002", "response", "非工作期间1小时内响应");
    assertThat(out.when().startOutside()).isEqualTo("work_hours");
    assertTarget(out, "1", TargetUnit.HOURS);
    assertTarget(goal("HT-2025-002", "onsite_arrival", "工作期间1小时内到场"), "1", TargetUnit.HOURS);
    assertTarget(goal("HT-2025-002", "onsite_arrival", "非工作期间2小时内到场"), "2", TargetUnit.HOURS);
    assertTarget(goal("HT-2025-002", "fix", "2个工作日内修复"), "2", TargetUnit.WORKING_DAYS);
    ClockDef dataRepair = c.clock("data_repair").orElseThrow();
    assertThat(dataRepair.appliesTo(3, "PHONE", "DATA_FIX")).isTrue();
    assertThat(dataRepair.appliesTo(3, "PHONE", "CORRECTIVE")).isFalse();
    ClockDef change = c.clock("change_delivery").orElseThrow();
    assertThat(change.appliesTo(3, "PLATFORM", "CHANGE")).isTrue();
    assertThat(c.clock("response").orElseThrow().appliesTo(3, "PLATFORM", "CHANGE")).isFalse();
    assertTarget(change.goals().get(0), "15", TargetUnit.CALENDAR_DAYS);
    assertThat(
            c.obligations().stream()
                .filter(o -> o.terms() instanceof PeriodicActivity p && p.requiresReport())
                .map(o -> ((PeriodicActivity) o.terms()).every()))
        .containsExactly(Every.WEEK, Every.MONTH, Every.QUARTER);
    PerTicketActivity acceptance = (PerTicketActivity) terms("HT-2025-002", "change_acceptance");
    assertThat(acceptance.notBefore())
        .isEqualTo(new Target(new BigDecimal("30"), TargetUnit.WORKING_DAYS));
    assertThat(acceptance.required()).isFalse();
  }

  @Test
  void seed003AdjustmentsBackupsVisitsAndHolidayDatabaseInspections() {
    assertTarget(goal("HT-2025-003", "adjustment", "功能调整48小时内完成"), "48", TargetUnit.HOURS);
    assertThat(contract("HT-2025-003").clock("adjustment").orElseThrow().appliesTo().categories())
        .containsExactly("CHANGE");
    assertTarget(goal("HT-2025-003", "response", "7×24电话响应1小时内"), "1", TargetUnit.HOURS);
    MinPerYear db = (MinPerYear) terms("HT-2025-003", "db_performance_inspection");
    assertThat(db.minCount()).isEqualTo(4);
    assertThat(db.requiresReport()).isTrue();
    assertThat(db.mustCoverWindows())
        .containsExactlyInAnyOrder(
            HolidayWindow.LABOUR_DAY, HolidayWindow.NATIONAL_DAY, HolidayWindow.SPRING_FESTIVAL);
    assertThat(db.windowDays()).isPositive();
    assertThat(((MinPerYear) terms("HT-2025-003", "onsite_visits")).minCount()).isEqualTo(2);
    assertThat(terms("HT-2025-003", "daily_backup"))
        .isEqualTo(new DailyActivity(ActivityType.BACKUP, 7));
    assertThat(terms("HT-2025-003", "monthly_backup_check"))
        .isEqualTo(
            new PeriodicActivity(ActivityType.BACKUP_CHECK_REPORT, Every.MONTH, 1, true, null));
    assertThat(((PeriodicActivity) terms("HT-2025-003", "quarterly_inspection")).every())
        .isEqualTo(Every.QUARTER);
    assertThat(((PeriodicActivity) terms("HT-2025-003", "annual_report")).activity())
        .isEqualTo(ActivityType.ANNUAL_REPORT);
  }

  @Test
  void seed004ResponsesOnSiteFaultLimitReleasesAndFreeDevelopment() {
    ClockDef response = contract("HT-2025-004").clock("response").orElseThrow();
    assertThat(response.firstMatchingGoal(3, "PHONE", "CORRECTIVE", NOWHERE::contains))
        .map(GoalRule::target)
        .hasValue(new Target(new BigDecimal("60"), TargetUnit.MINUTES));
    assertThat(response.firstMatchingGoal(3, "REMOTE", "CONSULT", NOWHERE::contains))
        .map(GoalRule::target)
        .hasValue(new Target(new BigDecimal("2"), TargetUnit.HOURS));
    ClockDef onsite = contract("HT-2025-004").clock("onsite_arrival").orElseThrow();
    assertThat(onsite.appliesTo(1, "PHONE", "CORRECTIVE")).isTrue();
    assertThat(onsite.appliesTo(3, "PHONE", "CORRECTIVE")).isFalse();
    assertTarget(onsite.goals().get(0), "25", TargetUnit.HOURS);
    MaxCountPerYear faults = (MaxCountPerYear) terms("HT-2025-004", "server_fault_limit");
    assertThat(faults.maxCount()).isEqualTo(5);
    assertThat(faults.tickets().matchesAll(1, "PHONE", "CORRECTIVE")).isTrue();
    assertThat(faults.tickets().matchesAll(3, "PHONE", "CORRECTIVE")).isFalse();
    assertThat(((MaxGap) terms("HT-2025-004", "release_cadence")).maxGap())
        .isEqualTo(new CalendarSpan(3, CalendarSpan.Unit.MONTHS));
    assertThat(terms("HT-2025-004", "free_development"))
        .isEqualTo(
            new BudgetPerYear(
                ActivityType.CHANGE_EFFORT, new BigDecimal("7"), BudgetUnit.PERSON_DAYS));
    assertThat(terms("HT-2025-004", "quarterly_report"))
        .isEqualTo(
            new PeriodicActivity(ActivityType.MAINTENANCE_REPORT, Every.QUARTER, 1, false, null));
  }
}
