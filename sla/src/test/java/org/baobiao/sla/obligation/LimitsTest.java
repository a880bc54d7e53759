package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baobiao.sla.obligation.Obligations.activity;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.evaluate;
import static org.baobiao.sla.obligation.Obligations.onSystem;
import static org.baobiao.sla.obligation.Obligations.ticket;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.baobiao.spec.SpecException;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's yearly limits: {@code max_count_per_year} (at most 5 server faults: severity 1–2
 * corrective or interface tickets) and {@code budget_per_year} (7 free person-days of development).
 */
class LimitsTest {
  private static final Contract SEED_004 =
      contract(
          "2025-11-01",
          "2026-10-31",
          """
          - id: server_fault_limit
            name: 服务器端软件全年故障不超过5次
            kind: max_count_per_year
            tickets: {category: [CORRECTIVE, INTERFACE], severity: [1, 2]}
            max_count: 5
            clause: {section: 二、（二）3, text: 全年故障次数应不超过5次。}
          - id: free_development
            name: 每年免费二次开发7人天
            kind: budget_per_year
            activity: CHANGE_EFFORT
            amount: 7
            unit: person_days
            clause: {section: 二、（二）1, text: 免费额度为每年度累计 7 人/天的工作量}
          """);

  /** Six faults that count, and three tickets that do not. */
  private static List<ObligationTicket> tickets(int faults) {
    List<ObligationTicket> tickets = new ArrayList<>();
    String[] days = {
      "2025-11-20", "2026-01-03", "2026-02-14", "2026-04-30", "2026-07-07", "2026-09-19"
    };
    for (int i = 0; i < faults; i++) {
      tickets.add(
          ticket(
              "ZJSF-F" + (i + 1),
              "信息科",
              1 + i % 2,
              "PHONE",
              i % 3 == 0 ? "INTERFACE" : "CORRECTIVE",
              days[i] + " 08:10"));
    }
    tickets.add(ticket("ZJSF-S3", "信息科", 3, "PHONE", "CORRECTIVE", "2026-03-01 09:00"));
    tickets.add(ticket("ZJSF-CONSULT", "信息科", 1, "PHONE", "CONSULT", "2026-03-02 09:00"));
    tickets.add(ticket("ZJSF-OLD", "信息科", 1, "PHONE", "CORRECTIVE", "2025-10-30 09:00"));
    return tickets;
  }

  @Test
  void aYearWithSixFaultsAgainstFiveIsMissedAndListsTheSix() {
    ObligationResult year =
        evaluate(SEED_004, new ObligationInput(List.of(), tickets(6)), "2026-11-01 00:00").get(0);

    assertThat(year.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(year.required()).isEqualTo("每合同年一级、二级的纠错性维护或接口异常工单不超过 5 张");
    assertThat(year.found()).isEqualTo("按报障时间统计合同年内一级、二级的纠错性维护或接口异常工单：共 6 张，上限 5 张");
    assertThat(year.missing()).isEqualTo("超出上限 1 张（共 6 张，上限 5 张）");
    assertThat(year.evidence())
        .isEqualTo(
            "ZJSF-F1（2025-11-20 报障，一级，接口异常）；ZJSF-F2（2026-01-03 报障，二级，纠错性维护）；"
                + "ZJSF-F3（2026-02-14 报障，一级，纠错性维护）；ZJSF-F4（2026-04-30 报障，二级，接口异常）；"
                + "ZJSF-F5（2026-07-07 报障，一级，纠错性维护）；ZJSF-F6（2026-09-19 报障，二级，纠错性维护）");
  }

  @Test
  void fiveFaultsMeetTheYearOnlyWhenItHasEnded() {
    ObligationInput input = new ObligationInput(List.of(), tickets(5));

    assertThat(evaluate(SEED_004, input, "2026-11-01 00:00").get(0).status())
        .isEqualTo(ObligationStatus.MET);
    assertThat(evaluate(SEED_004, input, "2026-10-31 21:57").get(0).status())
        .isEqualTo(ObligationStatus.NOT_DUE);
  }

  @Test
  void eightPersonDaysAgainstSevenFreeExceedTheAllowanceByOne() {
    String[][] efforts = {
      {"2025-12-09", "1.5"},
      {"2026-02-26", "2.0"},
      {"2026-05-14", "1.0"},
      {"2026-07-21", "2.5"},
      {"2026-09-15", "1.0"}
    };
    List<LoggedActivity> log = new ArrayList<>();
    for (String[] e : efforts) {
      log.add(activity("CE-" + e[0], "CHANGE_EFFORT", e[0] + " 09:00").withPersonDays(e[1]));
    }

    ObligationResult year = evaluate(SEED_004, log, "2026-10-31 21:57").get(1);

    assertThat(year.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(year.found()).isEqualTo("合同年内已用 8.0 人天（5 项），免费额度 7 人天，超出 1.0 人天");
    assertThat(year.missing()).isEqualTo("超出免费额度 1.0 人天：超出部分按合同由双方另行协商计费，不属于服务商违约");
    assertThat(year.required()).isEqualTo("每合同年免费提供二次开发工作量 7 人天；超出部分另行协商计费");
    assertThat(year.evidence()).startsWith("CE-2025-12-09（2025-12-09，1.5 人天）；");
  }

  @Test
  void aShortLastContractYearProratesTheAllowanceDown() {
    // 2026-11-01 to 2026-12-31 is 61 of 365 days: 7 × 61 / 365 = 1.169… → 1.1 person-days.
    Contract longer =
        contract(
            "2025-11-01",
            "2026-12-31",
            """
            - id: free_development
              name: 每年免费二次开发7人天
              kind: budget_per_year
              activity: CHANGE_EFFORT
              amount: 7
              unit: person_days
              clause: {section: 二、（二）1, text: 免费额度为每年度累计 7 人/天的工作量}
            """);
    List<LoggedActivity> log =
        List.of(activity("CE-1", "CHANGE_EFFORT", "2026-11-10 09:00").withPersonDays("1.0"));

    List<ObligationResult> results = evaluate(longer, log, "2027-01-01 00:00");

    assertThat(results).hasSize(2);
    assertThat(results.get(1).found())
        .isEqualTo("合同年内已用 1.0 人天（1 项），免费额度 1.1 人天（本合同年不足一年，按 61/365 天折算），剩余 0.1 人天");
    assertThat(results.get(1).status()).isEqualTo(ObligationStatus.MET);
  }

  @Test
  void onlyTicketsOfTheListedServerSideSystemsCountAsServerFaults() {
    // Seed 004 counts faults of the software on its servers: the interface engine, the databases
    // and the servers (systems.csv), not the ward nurses' client module.
    Contract serverSide =
        contract(
            "2025-11-01",
            "2026-10-31",
            """
            - id: server_fault_limit
              name: 服务器端软件全年故障不超过5次
              kind: max_count_per_year
              tickets:
                category: [CORRECTIVE, INTERFACE]
                severity: [1, 2]
                system: [FU-THIRDPARTY, DB-MONGO-CDR, SRV-APP]
              max_count: 5
              clause: {section: 二、（二）3, text: 服务器上业务系统相关软件全年故障次数应不超过5次。}
            """);
    List<ObligationTicket> tickets = new ArrayList<>();
    List<ObligationTicket> six = tickets(6);
    String[] systems = {"DB-MONGO-CDR", "FU-WARD", "SRV-APP", "FU-THIRDPARTY", "FU-WARD", null};
    for (int i = 0; i < 6; i++) {
      tickets.add(onSystem(six.get(i), systems[i]));
    }

    ObligationResult year =
        evaluate(serverSide, new ObligationInput(List.of(), tickets), "2026-11-01 00:00").get(0);

    assertThat(year.status()).isEqualTo(ObligationStatus.MET);
    assertThat(year.found())
        .isEqualTo(
            "按报障时间统计合同年内一级、二级的纠错性维护或接口异常工单（系统 FU-THIRDPARTY、DB-MONGO-CDR、SRV-APP）"
                + "：共 3 张，上限 5 张");
    assertThat(year.evidence())
        .contains("ZJSF-F1")
        .contains("ZJSF-F3")
        .contains("ZJSF-F4")
        .doesNotContain("ZJSF-F2")
        .doesNotContain("ZJSF-F6");
  }

  @Test
  void aSystemFilterNamesSystemCodes() {
    assertThatThrownBy(
            () ->
                contract(
                    "2025-11-01",
                    "2026-10-31",
                    """
                    - id: server_fault_limit
                      name: 服务器端软件全年故障不超过5次
                      kind: max_count_per_year
                      tickets: {system: [SRV-APP, 应用服务器]}
                      max_count: 5
                      clause: {section: 二、（二）3, text: 全年故障次数应不超过5次。}
                    """))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("tickets.system[1]: '应用服务器' 应为系统编码");
  }
}
