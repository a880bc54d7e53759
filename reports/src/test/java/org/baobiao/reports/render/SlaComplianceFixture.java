package org.baobiao.reports.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;

/**
 * A hand-made sla-compliance result for the clinical blood-use contract of seed document 002, with
 * known figures: five clocks, one without any finished cycle (no rate), fourteen breaches (the
 * figures of the 超时 column), nulls, long ticket numbers and contract clauses, no cycle in progress
 * (an empty dataset), and {@value #OBLIGATION_PERIODS} obligation periods, two of them missed, one
 * with a long list of evidence.
 *
 * <p>The report is not in catalog.txt until the SLA engine writes its tables; tests load it by id
 * with {@link #catalog()}.
 */
final class SlaComplianceFixture {
  static final String ID = "sla-compliance";
  static final String SUBTITLE = "广州市珠岸人民医院 · 2026年10月";
  static final String CONTRACT_ID = "HT-2025-002";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
  static final int BREACHES = 14;
  static final int OBLIGATION_PERIODS = 7;

  /** The 履行情况 of the weekly inspection missed in the National Day week. */
  static final String MISSED_WEEK_FOUND = "按开始日期统计 2026-09-28 至 2026-10-04 的现场巡检（有报告编号）：计入 0 次";

  /** The evidence of the monthly inspection: 36 failed inspections, the list cut at 20. */
  static final String LONG_EVIDENCE = longEvidence();

  private SlaComplianceFixture() {}

  /** The bundled sla-compliance definition, loaded without the index file. */
  static ReportCatalog catalog() {
    return ReportCatalog.load(
        SlaComplianceFixture.class.getClassLoader(), ReportCatalog.DEFAULT_ROOT, List.of(ID));
  }

  static ReportResult result(ReportCatalog catalog) {
    ReportSpec spec = catalog.get(ID);
    List<DatasetResult> datasets = new ArrayList<>();
    for (DatasetSpec dataset : spec.datasets()) {
      datasets.add(new DatasetResult(dataset, rows(dataset.name())));
    }
    return new ReportResult(spec, stamp(), SUBTITLE, datasets);
  }

  /** The same report with every dataset empty: a hospital without an evaluated contract. */
  static ReportResult empty(ReportCatalog catalog) {
    ReportResult full = result(catalog);
    return new ReportResult(
        full.spec(),
        full.stamp(),
        full.subtitle(),
        full.datasets().stream().map(d -> new DatasetResult(d.spec(), List.of())).toList());
  }

  /** The fixture with {@code count} breaches instead of fourteen, to run over several pages. */
  static ReportResult withBreaches(ReportCatalog catalog, int count) {
    ReportResult full = result(catalog);
    return new ReportResult(
        full.spec(),
        full.stamp(),
        full.subtitle(),
        full.datasets().stream()
            .map(
                d ->
                    d.spec().name().equals("breaches")
                        ? new DatasetResult(d.spec(), breaches(count))
                        : d)
            .toList());
  }

  private static ReportStamp stamp() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", "2026-10");
    parameters.put("hospital", "440100002");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("统计期间", "2026年10月");
    labels.put("医院", "广州市珠岸人民医院（440100002）");
    return new ReportStamp(ID, 1, parameters, labels, "batches 1-12 (12)", "duckdb", GENERATED_AT);
  }

  private static List<Object[]> rows(String dataset) {
    return switch (dataset) {
      case "contract" ->
          List.<Object[]>of(
              new Object[] {
                CONTRACT_ID,
                2L,
                "临床用血管理系统优化项目运维服务",
                "广州穗血信息技术有限公司",
                LocalDate.of(2025, 10, 20),
                LocalDate.of(2026, 10, 31),
                LocalDateTime.of(2026, 11, 1, 2, 0)
              });
      case "compliance" -> compliance();
      case "breaches" -> breaches(BREACHES);
      case "in_progress" -> List.of();
      case "terms" -> terms();
      case "obligation_summary" -> obligationSummary();
      case "obligations" -> obligations();
      case "results" -> results();
      default -> throw new IllegalArgumentException(dataset);
    };
  }

  // clock, severity, cycles, met, breached, compliance, in progress, excluded; sums add up.
  private static List<Object[]> compliance() {
    return List.of(
        compliance("响应", "一级", 4, 4, 0, "1.000", 0),
        compliance("响应", "二级", 21, 19, 1, "0.950", 1),
        compliance("响应", "三级", 96, 90, 4, "0.957", 2),
        compliance("响应", "合计", 121, 113, 5, "0.958", 3),
        compliance("到场", "一级", 2, 1, 1, "0.500", 0),
        compliance("到场", "二级", 9, 8, 0, "1.000", 1),
        compliance("到场", "合计", 11, 9, 1, "0.900", 1),
        compliance("修复", "二级", 18, 15, 2, "0.882", 1),
        compliance("修复", "三级", 80, 71, 5, "0.934", 4),
        compliance("修复", "未分级", 1, 0, 1, "0.000", 0),
        compliance("修复", "合计", 99, 86, 8, "0.915", 5),
        compliance("数据修复", "三级", 5, 5, 0, "1.000", 0),
        compliance("数据修复", "合计", 5, 5, 0, "1.000", 0),
        compliance("修改调整交付", "三级", 3, 0, 0, null, 3),
        compliance("修改调整交付", "合计", 3, 0, 0, null, 3));
  }

  private static Object[] compliance(
      String clock, String severity, long cycles, long met, long breached, String rate, long out) {
    return new Object[] {
      clock, severity, cycles, met, breached, rate == null ? null : new BigDecimal(rate), 0L, out
    };
  }

  // One row per breached cycle, the figures of the 超时 column of compliance(): 修复 8 (二级 2, 三级
  // 5, no severity 1), 响应 5 (二级 1, 三级 4), 到场 1 (一级). The repair of row 3 is still open past
  // its deadline (no stop time). More rows repeat the pattern. Sorted by overrun, largest first, as
  // breaches.sql orders them.
  private static List<Object[]> breaches(int count) {
    String[] clocks = {"修复", "修复", "响应", "修复", "到场", "修复", "响应"};
    String[] rules = {"全部故障", "全部故障", "非工作时间", "全部故障", "工作时间", "全部故障", "工作时间"};
    String[] targets = {
      "≤ 2 个工作日", "≤ 2 个工作日", "≤ 1 小时", "≤ 2 个工作日", "≤ 1 小时", "≤ 2 个工作日", "≤ 30 分钟"
    };
    long[] budgets = {1_200, 1_200, 60, 1_200, 60, 1_200, 30};
    int[] kinds = {0, 1, 2, 3, 4, 5, 6, 0, 3, 2, 5, 6, 2, 3};
    String[] severities = {
      "二级", null, "三级", "三级", "一级", "二级", "二级", "三级", "三级", "三级", "三级", "三级", "三级", "三级"
    };
    String[] overruns = {
      "1549.5", "1210.0", "95.0", "980.0", "47.0", "640.5", "18.0", "455.0", "300.0", "12.5",
      "122.0", "31.0", "4.5", "60.0"
    };
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int k = kinds[i % 14];
      LocalDateTime start = LocalDateTime.of(2026, 10, 1, 8, 40).plusMinutes(2_300L * i);
      BigDecimal overrun = new BigDecimal(overruns[i % 14]).add(BigDecimal.valueOf(i / 14));
      rows.add(
          new Object[] {
            String.format("GD440100002-202610%02d-%05d", 1 + i % 30, 12 + 7 * i),
            clocks[k],
            (long) (1 + i % 2),
            severities[i % 14],
            rules[k],
            targets[k],
            start,
            i == 3 ? null : start.plusMinutes(budgets[k] + 2 * overrun.longValue()),
            start.plusMinutes(budgets[k]),
            overrun.add(BigDecimal.valueOf(budgets[k])),
            overrun
          });
    }
    rows.sort(Comparator.comparing((Object[] r) -> (BigDecimal) r[10]).reversed());
    return rows;
  }

  private static List<Object[]> terms() {
    String workHours = "工作日 8:00-18:00（含调休上班日）";
    return List.of(
        new Object[] {
          "响应",
          "工作时间",
          "工作日 8:00-18:00 内报障",
          "≤ 30 分钟",
          workHours,
          "工作期间（正常工作日8：00-18：00），信息系统故障响应时间不超过0.5小时，到达现场时间不超过1小时；"
        },
        new Object[] {
          "响应", "非工作时间", "其他时间报障", "≤ 1 小时", "7×24 小时", "非工作期间，信息系统故障响应时间不超过1小时，到达现场时间不超过2小时。"
        },
        new Object[] {
          "到场",
          "工作时间",
          "工作日 8:00-18:00 内报障",
          "≤ 1 小时",
          workHours,
          "工作期间（正常工作日8：00-18：00），信息系统故障响应时间不超过0.5小时，到达现场时间不超过1小时；"
        },
        new Object[] {
          "到场", "非工作时间", "其他时间报障", "≤ 2 小时", "7×24 小时", "非工作期间，信息系统故障响应时间不超过1小时，到达现场时间不超过2小时。"
        },
        new Object[] {
          "修复",
          "全部故障",
          "所有故障类工单",
          "≤ 2 个工作日",
          workHours,
          "服务商应提出故障解决方案，工作至故障修妥完全恢复正常服务为止，修复时间不超过2个工作日。"
        },
        new Object[] {
          "数据修复",
          "全部",
          "服务类别为数据修复",
          "≤ 2 个工作日",
          workHours,
          "系统使用过程中，因用户误操作等原因导致的数据错误，查明原因和进行数据修复。在2个工作日完成修复。"
        },
        new Object[] {"修改调整交付", "全部", "服务类别为修改调整", "≤ 15 天", "日历天（7×24 小时）", null});
  }

  // Per obligation: due = met + missed; rate = met / due; the 合计 row adds them up. Built from the
  // seven periods of obligations() below.
  private static List<Object[]> obligationSummary() {
    return List.of(
        summary("每周系统巡检并出具巡检报告", 3, 2, 1, "0.667", 1, 0),
        summary("每月系统巡检并出具巡检报告", 1, 0, 1, "0.000", 0, 0),
        summary("每季度系统巡检并出具巡检报告", 0, 0, 0, null, 1, 0),
        summary("修改调整实施30个工作日后申请验收", 0, 0, 0, null, 0, 1),
        summary("合计", 4, 2, 2, "0.500", 2, 1));
  }

  private static Object[] summary(
      String name, long due, long met, long missed, String rate, long notDue, long excluded) {
    return new Object[] {
      name, due, met, missed, rate == null ? null : new BigDecimal(rate), notDue, excluded
    };
  }

  private static List<Object[]> obligations() {
    String weekly = "每周系统巡检并出具巡检报告";
    String weeklyRequired = "每周至少 1 次现场巡检，须有报告编号";
    return List.of(
        new Object[] {
          weekly,
          "2026-09-28 至 2026-10-04",
          "未履行",
          weeklyRequired,
          MISSED_WEEK_FOUND,
          null,
          "2026-09-28 至 2026-10-04无现场巡检记录（须有报告编号）"
        },
        new Object[] {
          weekly,
          "2026-10-05 至 2026-10-11",
          "已履行",
          weeklyRequired,
          "按开始日期统计 2026-10-05 至 2026-10-11 的现场巡检（有报告编号）：计入 1 次",
          "ZA-HD-20261009-00001（2026-10-09，信息科，报告 ZA-ZXJ-20261009）",
          null
        },
        new Object[] {
          weekly,
          "2026-10-12 至 2026-10-18",
          "已履行",
          weeklyRequired,
          "按开始日期统计 2026-10-12 至 2026-10-18 的现场巡检（有报告编号）：计入 1 次",
          "ZA-HD-20261012-00001（2026-10-12，信息科，报告 ZA-ZXJ-20261012）",
          null
        },
        new Object[] {
          weekly,
          "2026-10-26 至 2026-11-01",
          "未到期",
          weeklyRequired,
          "按开始日期统计 2026-10-26 至 2026-10-31 的现场巡检（有报告编号）：计入 0 次",
          null,
          "期间至 2026-10-31 结束，截至 2026-10-31 21:57还差 1 次"
        },
        new Object[] {
          "每月系统巡检并出具巡检报告",
          "2026年10月",
          "未履行",
          "每月至少 1 次现场巡检，须有报告编号",
          "按开始日期统计 2026-10-01 至 2026-10-31 的现场巡检（有报告编号）：计入 0 次，另有 36 次不计入",
          LONG_EVIDENCE,
          "2026年10月无现场巡检记录（须有报告编号）"
        },
        new Object[] {
          "每季度系统巡检并出具巡检报告",
          "2026年第4季度",
          "未到期",
          "每季度至少 1 次现场巡检，须有报告编号",
          "按开始日期统计 2026-10-01 至 2026-10-31 的现场巡检（有报告编号）：计入 0 次",
          null,
          "期间至 2026-10-31 结束，截至 2026-10-31 21:57还差 1 次"
        },
        new Object[] {
          "修改调整实施30个工作日后申请验收",
          "2025年10月",
          "无数据",
          "每张修改调整、适应性维护或完整性维护工单已解决后须有修改调整验收申请（记录关联工单号），不早于已解决后 30 个工作日",
          "本期全部早于该院数据起始日 2025-11-01，无记录可核对",
          null,
          null
        });
  }

  private static String longEvidence() {
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      items.add(
          String.format(
              "ZA-HD-202610%02d-%05d（2026-10-%02d，信息科，失败）不计入：结果为失败", 1 + i % 28, i, 1 + i % 28));
    }
    return String.join("；", items) + "；……等共 36 项（此处列出前 20 项）";
  }

  private static List<Object[]> results() {
    return List.<Object[]>of(
        new Object[] {
          "GD440100002-20261001-00012",
          "响应",
          1L,
          2L,
          "PHONE",
          "工作时间",
          "≤ 30 分钟",
          LocalDateTime.of(2026, 10, 1, 8, 40),
          LocalDateTime.of(2026, 10, 1, 8, 52),
          "ACKNOWLEDGED",
          new BigDecimal("30.0"),
          new BigDecimal("12.0"),
          new BigDecimal("0.0"),
          LocalDateTime.of(2026, 10, 1, 9, 10),
          "达标",
          new BigDecimal("0.0")
        },
        new Object[] {
          "GD440100002-20261001-00012",
          "修复",
          1L,
          2L,
          "PHONE",
          "全部故障",
          "≤ 2 个工作日",
          LocalDateTime.of(2026, 10, 1, 8, 40),
          null,
          null,
          new BigDecimal("1200.0"),
          new BigDecimal("2749.5"),
          new BigDecimal("35.0"),
          LocalDateTime.of(2026, 10, 9, 17, 15),
          "超时",
          new BigDecimal("1549.5")
        },
        new Object[] {
          "GD440100002-20261017-00031",
          "修改调整交付",
          1L,
          3L,
          "PLATFORM",
          "全部",
          "≤ 15 天",
          LocalDateTime.of(2026, 10, 17, 10, 5),
          LocalDateTime.of(2026, 10, 18, 9, 0),
          "CANCELLED",
          new BigDecimal("21600.0"),
          new BigDecimal("1375.0"),
          new BigDecimal("0.0"),
          LocalDateTime.of(2026, 11, 1, 10, 5),
          "已撤销",
          new BigDecimal("0.0")
        });
  }
}
