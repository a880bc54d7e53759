package org.baobiao.jobs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.jobs.dashboard.Dashboard.Figure;
import org.baobiao.jobs.dashboard.Dashboard.Section;
import org.baobiao.jobs.dashboard.Dashboard.Series;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over the ops-monthly golden fixture evaluated under HT-2025-000. Its October
 * figures are the hand-checked ones of golden/sla-compliance/october (报障反馈 合计 5 达标 / 7 已判定 = 71.4
 * %); the fixture also holds cycles started in September and November, which the year adds: 报障反馈
 * 7/9 = 77.8 %, 远程维护反馈 0/1, 现场到达 1/3 = 33.3 % (September 0/1, October 1/1, November 0/1).
 */
class DashboardServiceTest {
  @TempDir static Path dir;
  static Dashboard year;
  static DashboardService service;
  static ServiceFixture app;

  @BeforeAll
  static void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "ops-monthly/october/input/reference");
    app.load("tickets", "ops-monthly/october/input/tickets");
    new SlaService(app.warehouse(), app.configuration())
        .evaluate(new SlaEvaluationRequest("441700001", null));
    service =
        new DashboardService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
    year = service.dashboard("441700001", null);
  }

  @org.junit.jupiter.api.AfterAll
  static void close() {
    app.close();
  }

  @Test
  void theCurrentYearRunsThroughToday() {
    assertThat(year.year()).isEqualTo(2026);
    assertThat(year.through()).hasToString("2026-12-01");
    assertThat(year.hospitalName()).isEqualTo("阳江市妇幼保健院");
    assertThat(year.dataVersion()).startsWith("批次");
    assertThat(year.sections())
        .extracting(Section::key)
        .containsExactly("sla", "duties", "interfaces", "medrec", "blood");
  }

  /**
   * A vendor's dashboard: the SLA sections only, once per contract asked, each computed for that
   * contract; HT-2025-000 is the fixture's only contract, so its figures are the hospital's, and a
   * contract the hospital does not have has none.
   */
  @Test
  void aContractsDashboardHasOnlyItsSlaSections() {
    Dashboard d =
        service.contractDashboard("441700001", null, List.of("HT-2025-000", "HT-0000-000"));
    assertThat(d.sections())
        .extracting(Section::key)
        .containsExactly(
            "sla-HT-2025-000", "duties-HT-2025-000", "sla-HT-0000-000", "duties-HT-0000-000");
    Section own = d.sections().get(0);
    assertThat(own.title()).isEqualTo("服务级别达成（按合同计时） · 合同 HT-2025-000");
    assertThat(own.figures()).isEqualTo(section("sla").figures());
    assertThat(own.trend()).isEqualTo(section("sla").trend());
    assertThat(d.sections().get(2).figures()).isEmpty();
    assertThat(d.sections().get(2).note()).contains("本年没有合同计时结果");
  }

  @Test
  void slaComplianceOfTheYearPerClockWithItsBasis() {
    Section sla = section("sla");
    assertThat(sla.reportId()).isEqualTo("sla-compliance");
    assertThat(sla.period()).isEqualTo("2026");
    assertThat(sla.figures())
        .extracting(Figure::label, f -> f.value().toPlainString(), Figure::basis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("报障反馈达标率", "77.8", "达标 7 次 / 已判定 9 次"),
            org.assertj.core.groups.Tuple.tuple("远程维护反馈达标率", "0.0", "达标 0 次 / 已判定 1 次"),
            org.assertj.core.groups.Tuple.tuple("现场到达达标率", "33.3", "达标 1 次 / 已判定 3 次"));
    assertThat(sla.figures()).allMatch(Figure::attention);
  }

  @Test
  void theMonthlyTrendIsEachMonthsReportFigure() {
    Series feedback = section("sla").trend().get(0);
    assertThat(feedback.name()).isEqualTo("报障反馈");
    assertThat(feedback.months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
    // October: golden/sla-compliance/october/expected/compliance.csv, 合计 0.714.
    assertThat(feedback.values().get(9)).isEqualByComparingTo("71.4");
    assertThat(feedback.values().get(8)).isEqualByComparingTo("100.0");
    // A month without a judged cycle has no rate (shown as a gap), never 0 %.
    assertThat(feedback.values().get(0)).isNull();
    assertThat(feedback.values().get(11)).isNull();
    Series arrival = section("sla").trend().get(2);
    assertThat(arrival.values().subList(8, 11))
        .extracting(v -> v == null ? null : v.toPlainString())
        .containsExactly("0.0", "100.0", "0.0");
  }

  @Test
  void dutiesLeadWithTheirTotalAndAZeroDenominatorHasNoRate() {
    List<Figure> duties = section("duties").figures();
    assertThat(duties.get(0).label()).isEqualTo("义务履行率（合计）");
    assertThat(duties.get(0).basis()).isEqualTo("已履行 0 期 / 应考核 1 期，未履行 1 期");
    assertThat(duties.get(0).attention()).isTrue();
    Figure records = duties.get(2);
    assertThat(records.label()).isEqualTo("每年提交维保记录");
    assertThat(records.value()).isNull();
    assertThat(records.attention()).isFalse();
  }

  @Test
  void aDomainWithoutDataSaysSo() {
    assertThat(section("interfaces").note()).isEqualTo("本年没有接口交换记录。");
    assertThat(section("medrec").note()).isEqualTo("本年没有出院病案首页。");
    assertThat(section("blood").note()).isEqualTo("本年没有临床用血记录。");
    assertThat(section("medrec").hasFigures()).isFalse();
  }

  @Test
  void anEarlierYearEndsOnItsLastDayAndHasNoFigures() {
    Dashboard d = service.dashboard("441700001", 2025);
    assertThat(d.through()).hasToString("2025-12-31");
    assertThat(d.sections().get(0).note()).startsWith("本年没有合同计时结果");
  }

  @Test
  void anUnknownHospitalOrAFutureYearIsRefusedInChinese() {
    assertThatThrownBy(() -> service.dashboard("999", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("未知的医院机构代码 '999'；已加载的医院: 440100002, 441700001");
    assertThatThrownBy(() -> service.dashboard("441700001", 2027))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("年份 2027 超出范围：应在 2000 到 2026 年之间");
  }

  private static Section section(String key) {
    return year.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
