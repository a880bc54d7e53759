package org.baobiao.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;
import org.junit.jupiter.api.Test;

/** {@code sla explain} shows the calendar windows used and the rule that placed the deadline. */
class SlaExplainerTest {

  private static ContractClocks weekly() throws IOException {
    try (InputStream in =
        SlaExplainerTest.class
            .getClassLoader()
            .getResourceAsStream("sla/contract/valid/HT-TEST-WEEKLY.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ContractClocks.of(
          ContractLoader.parse("HT-TEST-WEEKLY.yaml", text), StatutoryCalendar.loadDefault());
    }
  }

  @Test
  void showsTheWindowsUsedTheDeadlineRuleAndWhyTheVerdict() throws IOException {
    // response 30 service minutes from Mon 2026-03-09 11:50: due 14:20 after the lunch break
    TicketTimeline t =
        new TicketTimeline(
            "440100002",
            "T1",
            1,
            "PHONE",
            "CORRECTIVE",
            "S01",
            List.of(
                new TicketEvent(1, "REPORTED", LocalDateTime.of(2026, 3, 9, 11, 50), null, null),
                new TicketEvent(
                    2, "ACKNOWLEDGED", LocalDateTime.of(2026, 3, 9, 14, 21), null, null)));

    String text = SlaExplainer.explain(t, weekly(), LocalDateTime.of(2026, 3, 20, 0, 0));

    assertThat(text)
        .contains("截止规则: 自开始起只计计时日历服务时段内的时间（服务时段外及挂起期间不计），累计满目标时长的时刻")
        .contains("计时日历 WEEKLY MON 08:00-12:00,14:00-17:30 TUE 08:00-12:00")
        .contains("    2026-03-09 周一  08:00–12:00、14:00–17:30")
        .contains("截止时间 2026-03-09 14:20:00 → 结论: 超时，超出 1 分钟")
        .contains("判定: 停止时间 2026-03-09 14:21:00 晚于截止时间 2026-03-09 14:20:00，超时");
  }

  @Test
  void listsADayOffAsClosed() throws IOException {
    // 1 working day from Tue 03-10 13:00 (after Tuesday's close): counts from Thu 08:00
    TicketTimeline t =
        new TicketTimeline(
            "440100002",
            "T2",
            3,
            "PHONE",
            "CORRECTIVE",
            "S01",
            List.of(
                new TicketEvent(1, "REPORTED", LocalDateTime.of(2026, 3, 10, 13, 0), null, null),
                new TicketEvent(2, "RESOLVED", LocalDateTime.of(2026, 3, 12, 9, 0), null, null)));

    String text = SlaExplainer.explain(t, weekly(), LocalDateTime.of(2026, 3, 20, 0, 0));

    assertThat(text)
        .contains("截止规则: 第 1 个工作日的同一时刻：服务时间内开始的从开始时刻起算，服务时间外开始的从下一次开放")
        .contains("    2026-03-11 周三  不开放")
        .contains("截止时间 2026-03-13 08:00:00 → 结论: 达标")
        .contains("判定: 停止时间 2026-03-12 09:00:00 不晚于截止时间 2026-03-13 08:00:00，达标");
  }
}
