package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Goals keep their file order and the first goal whose condition holds wins. */
class GoalOrderTest {
  private static final Predicate<String> IN_WORK_HOURS = Set.of("work_hours")::contains;
  private static final Predicate<String> OUTSIDE = id -> false;

  private static final String THREE_GOALS =
      """
      format: 1
      contract: HT-TEST-002
      version: 3
      org_code: "440100002"
      title: 规则顺序
      seed_doc: "002"
      effective: {from: 2025-10-20, to: 2026-10-31}
      working_day_mode: BUSINESS_HOURS
      calendars:
        always: {kind: ALWAYS, description: 全天候}
        work_hours: {kind: WORKDAY_WINDOW, start: "08:00", end: "18:00", description: 工作期间}
      clocks:
        - id: onsite_arrival
          name: 到达现场
          start: [REPORTED]
          stop: [ON_SITE]
          goals:
            - rule: 一级1小时
              when: {severity: [1]}
              target: {amount: 1, unit: hours}
              calendar: always
              clause: {section: 一级, text: 一级}
            - rule: 工作期间2小时
              when: {start_in: work_hours}
              target: {amount: 2, unit: hours}
              calendar: always
              clause: {section: 工作期间, text: 工作期间}
            - rule: 电话报障3小时
              when: {channel: [PHONE], category: [CORRECTIVE, INTERFACE]}
              target: {amount: 3, unit: hours}
              calendar: always
              clause: {section: 电话, text: 电话}
      """;

  private final ClockDef clock =
      ContractLoader.parse("order.yaml", THREE_GOALS).clock("onsite_arrival").orElseThrow();

  @Test
  void goalsKeepTheirFileOrder() {
    assertThat(clock.goals())
        .extracting(GoalRule::rule)
        .containsExactly("一级1小时", "工作期间2小时", "电话报障3小时");
    assertThat(clock.hasDefaultGoal()).isFalse();
  }

  @Test
  void theFirstMatchingGoalWinsEvenWhenLaterOnesMatchToo() {
    assertThat(clock.firstMatchingGoal(1, "PHONE", "CORRECTIVE", IN_WORK_HOURS))
        .map(GoalRule::rule)
        .hasValue("一级1小时");
    assertThat(clock.firstMatchingGoal(2, "PHONE", "CORRECTIVE", IN_WORK_HOURS))
        .map(GoalRule::rule)
        .hasValue("工作期间2小时");
    assertThat(clock.firstMatchingGoal(2, "PHONE", "CORRECTIVE", OUTSIDE))
        .map(GoalRule::rule)
        .hasValue("电话报障3小时");
  }

  @Test
  void aTicketMatchingNoGoalGetsNoneWhenThereIsNoDefault() {
    assertThat(clock.firstMatchingGoal(3, "IM", "CORRECTIVE", OUTSIDE)).isEmpty();
    assertThat(clock.firstMatchingGoal(3, "PHONE", null, OUTSIDE)).isEmpty();
  }

  @Test
  void theBundledSeed002ResponseGoalsDependOnWhenTheTicketWasReported() {
    ClockDef response =
        ContractLoader.loadDefault().stream()
            .filter(c -> c.id().equals("HT-2025-002"))
            .findFirst()
            .orElseThrow()
            .clock("response")
            .orElseThrow();
    assertThat(response.firstMatchingGoal(3, "PLATFORM", "CORRECTIVE", IN_WORK_HOURS))
        .map(GoalRule::rule)
        .hasValue("工作期间0.5小时内响应");
    assertThat(response.firstMatchingGoal(3, "PLATFORM", "CORRECTIVE", OUTSIDE))
        .map(GoalRule::rule)
        .hasValue("非工作期间1小时内响应");
  }
}
