package org.baobiao.reports.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * A hand-made interface-exchange result for a maternal and child health hospital in October 2026,
 * with known figures: nine interfaces (one without any exchange, so without rates or latencies),
 * six failure causes adding up to the failures of the summary, failure examples with long Chinese
 * error messages, an interface with an upload deadline but nothing to judge (a null on_time_rate),
 * {@value #GAP_ROWS} gap days (more than a landscape page holds) and a 31-day daily series with a
 * dip on the days the city platform was down.
 *
 * <p>Loaded by id with {@link #catalog()}, whether or not catalog.txt lists the report yet.
 */
final class InterfaceExchangeFixture {
  static final String ID = "interface-exchange";
  static final String SUBTITLE = "阳江市妇幼保健院 · 2026年10月";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  /** Gap days of the three interfaces with a daily minimum: 14 + 18 + 6. */
  static final int GAP_ROWS = 38;

  /** The longest example message, wrapped over several lines of its cell. */
  static final String LONG_MESSAGE =
      "出院小结文档 CDA 校验失败：必填数据元“主要诊断编码（DE05.01.024.00）”为空，且“出院日期”早于“入院日期”；"
          + "请核对病案首页的诊断与出入院日期后重新生成文档并上传，同一就诊的文档在修正前将持续被市平台拒收。";

  private InterfaceExchangeFixture() {}

  /** The bundled interface-exchange definition, loaded without the index file. */
  static ReportCatalog catalog() {
    return ReportCatalog.load(
        InterfaceExchangeFixture.class.getClassLoader(), ReportCatalog.DEFAULT_ROOT, List.of(ID));
  }

  static ReportResult result(ReportCatalog catalog) {
    ReportSpec spec = catalog.get(ID);
    List<DatasetResult> datasets = new ArrayList<>();
    for (DatasetSpec dataset : spec.datasets()) {
      datasets.add(new DatasetResult(dataset, rows(dataset.name())));
    }
    return new ReportResult(spec, stamp(), SUBTITLE, datasets);
  }

  /** The same report with every dataset empty: a hospital without interface data. */
  static ReportResult empty(ReportCatalog catalog) {
    ReportResult full = result(catalog);
    return new ReportResult(
        full.spec(),
        full.stamp(),
        full.subtitle(),
        full.datasets().stream().map(d -> new DatasetResult(d.spec(), List.of())).toList());
  }

  private static ReportStamp stamp() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", "2026-10");
    parameters.put("hospital", "441700001");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("统计期间", "2026年10月");
    labels.put("医院", "阳江市妇幼保健院（441700001）");
    return new ReportStamp(ID, 1, parameters, labels, "batches 1-12 (12)", "duckdb", GENERATED_AT);
  }

  private static List<Object[]> rows(String dataset) {
    return switch (dataset) {
      case "summary" -> List.<Object[]>of(summary());
      case "by_interface" -> byInterface();
      case "failure_causes" -> failureCauses();
      case "failure_examples" -> failureExamples();
      case "timeliness" -> timeliness();
      case "gaps" -> gaps();
      case "daily" -> daily();
      default -> throw new IllegalArgumentException(dataset);
    };
  }

  // The sums of by_interface: 486,213 exchanges, 2,941 failed, 342 pending, 38 gap days.
  private static Object[] summary() {
    return new Object[] {
      8L,
      486_213L,
      482_930L,
      2_941L,
      342L,
      new BigDecimal("0.993947"),
      86L,
      980L,
      3_820L,
      5_127L,
      218L,
      new BigDecimal("0.979012"),
      (long) GAP_ROWS
    };
  }

  private static List<Object[]> byInterface() {
    return List.of(
        iface(
            "HIS-LIS-ORDER",
            "检验申请单推送",
            "院内",
            "实验室信息管理系统",
            162_408,
            312,
            "0.998078",
            42,
            180,
            640,
            498,
            96,
            null,
            0),
        iface(
            "LIS-HIS-RESULT",
            "检验结果回传",
            "院内",
            "医院信息系统",
            158_774,
            205,
            "0.998709",
            38,
            150,
            520,
            310,
            71,
            null,
            0),
        iface(
            "HIS-PACS-ORDER",
            "检查申请推送",
            "院内",
            "影像归档和通信系统",
            61_230,
            96,
            "0.998432",
            55,
            240,
            900,
            120,
            12,
            null,
            0),
        iface(
            "YB-SETTLE",
            "医保结算清单上传",
            "上报/发送",
            "国家医保信息平台（广东）",
            58_116,
            1_402,
            "0.975801",
            310,
            1_850,
            4_960,
            2_960,
            31,
            "0.991202",
            0),
        iface(
            "EMR-CITY-UP",
            "电子病历共享文档上传市全民健康信息平台",
            "上报/发送",
            "阳江市全民健康信息平台",
            31_502,
            688,
            "0.978127",
            420,
            2_600,
            6_100,
            1_010,
            5,
            "0.962712",
            18),
        iface(
            "MCH-PROV-UP",
            "孕产妇建档信息上传省妇幼平台",
            "上报/发送",
            "广东省妇幼健康信息平台",
            9_843,
            201,
            "0.979381",
            512,
            2_900,
            7_400,
            205,
            3,
            "0.933520",
            14),
        iface(
            "BLOOD-ORDER",
            "临床用血申请上传市中心血站",
            "上报/发送",
            "阳江市中心血站",
            3_412,
            37,
            "0.989156",
            260,
            980,
            2_100,
            24,
            0,
            "0.997926",
            6),
        iface(
            "BIRTH-CERT",
            "出生医学证明信息上报",
            "上报/发送",
            "国家出生医学证明管理信息系统",
            928,
            0,
            "1",
            600,
            1_200,
            1_900,
            0,
            0,
            "1",
            0),
        // Active but silent in October: no rates, no latencies; its deadline has nothing to judge.
        new Object[] {
          "CDC-IDR-UP",
          "传染病报告卡上报",
          "上报/发送",
          "中国疾病预防控制信息系统",
          0L,
          0L,
          null,
          null,
          null,
          null,
          0L,
          0L,
          null,
          0L
        });
  }

  private static Object[] iface(
      String id,
      String name,
      String direction,
      String target,
      long exchanges,
      long failed,
      String successRate,
      long p50,
      long p95,
      long p99,
      long retries,
      long duplicates,
      String onTimeRate,
      long gapDays) {
    return new Object[] {
      id,
      name,
      direction,
      target,
      exchanges,
      failed,
      new BigDecimal(successRate),
      p50,
      p95,
      p99,
      retries,
      duplicates,
      onTimeRate == null ? null : new BigDecimal(onTimeRate),
      gapDays
    };
  }

  // 1,210 + 836 + 512 + 268 + 97 + 18 = 2,941, the failures of the summary.
  private static List<Object[]> failureCauses() {
    return List.of(
        cause("TIMEOUT", "超时未应答", 1_210, "0.411425", 5, 31),
        cause("VALIDATION", "数据校验不通过", 836, "0.284257", 4, 29),
        cause("CODE_MAPPING", "对码错误", 512, "0.174090", 3, 22),
        cause("TARGET_DOWN", "目标系统不可用", 268, "0.091125", 2, 3),
        cause("NETWORK", "网络故障", 97, "0.032982", 6, 4),
        cause("AUTH", "认证或授权失败", 18, "0.006120", 1, 1));
  }

  private static Object[] cause(
      String code, String label, long failures, String share, long interfaces, long days) {
    return new Object[] {code, label, failures, new BigDecimal(share), interfaces, days};
  }

  private static List<Object[]> failureExamples() {
    return List.of(
        example(
            "医保结算清单上传",
            "超时未应答",
            "YB-504",
            702,
            LocalDateTime.of(2026, 10, 1, 9, 12, 44),
            "YJFY-YB-20261001-004512",
            "调用省医保平台 2207 结算接口 30 秒内未返回应答，交易状态未知；已按冲正流程发起 2208 撤销交易"),
        example(
            "电子病历共享文档上传市全民健康信息平台",
            "数据校验不通过",
            "CDA-E1021",
            401,
            LocalDateTime.of(2026, 10, 2, 14, 3, 51),
            "YJFY-EMR-20261002-000877",
            LONG_MESSAGE),
        example(
            "医保结算清单上传",
            "对码错误",
            "YB-1107",
            388,
            LocalDateTime.of(2026, 10, 3, 10, 21, 7),
            "YJFY-YB-20261003-001288",
            "医保目录对码失败：院内药品编码 YP0012877（注射用头孢曲松钠 1g）未找到对应的国家医保药品编码"),
        example(
            "检验申请单推送",
            "超时未应答",
            null,
            255,
            LocalDateTime.of(2026, 10, 1, 7, 58, 2),
            "YJFY-LIS-20261001-000031",
            "LIS 未在 10 秒内返回 ACK 应答（ORM^O01），接口引擎已自动重试 3 次"),
        example(
            "电子病历共享文档上传市全民健康信息平台",
            "目标系统不可用",
            "HTTP-503",
            212,
            LocalDateTime.of(2026, 10, 19, 22, 5, 13),
            "YJFY-EMR-20261019-002210",
            "市平台前置机服务不可用（HTTP 503 Service Unavailable），平台公告 10 月 19 日 22:00 至 20 日 06:00 升级维护"),
        example(
            "孕产妇建档信息上传省妇幼平台",
            "数据校验不通过",
            "MCH-422",
            168,
            LocalDateTime.of(2026, 10, 4, 16, 40, 9),
            "YJFY-MCH-20261004-000118",
            "孕产妇身份证件号码校验位错误或与出生日期不一致；末次月经日期晚于建档日期"),
        example(
            "检验结果回传",
            "网络故障",
            null,
            61,
            LocalDateTime.of(2026, 10, 11, 3, 17, 55),
            "YJFY-LIS-20261011-018842",
            "与 HIS 接口服务器的 TCP 连接被重置（Connection reset by peer）"),
        example(
            "临床用血申请上传市中心血站",
            "认证或授权失败",
            "AUTH-401",
            18,
            LocalDateTime.of(2026, 10, 27, 8, 30, 0),
            "YJFY-BLD-20261027-000004",
            "血站平台访问令牌已过期，请在血站平台重新申请接口调用证书"));
  }

  private static Object[] example(
      String iface,
      String cause,
      String code,
      long failures,
      LocalDateTime firstSeen,
      String exchangeId,
      String message) {
    return new Object[] {iface, cause, code, failures, firstSeen, exchangeId, message};
  }

  private static List<Object[]> timeliness() {
    return List.of(
        deadline("BIRTH-CERT", "出生医学证明信息上报", 168, 928, 928, "1", 96L),
        deadline("BLOOD-ORDER", "临床用血申请上传市中心血站", 2, 3_375, 3_368, "0.997926", 5L),
        new Object[] {"CDC-IDR-UP", "传染病报告卡上报", 24L, 0L, 0L, 0L, null, null},
        deadline("EMR-CITY-UP", "电子病历共享文档上传市全民健康信息平台", 24, 30_814, 29_665, "0.962712", 160L),
        deadline("MCH-PROV-UP", "孕产妇建档信息上传省妇幼平台", 72, 9_642, 9_001, "0.933520", 216L),
        deadline("YB-SETTLE", "医保结算清单上传", 24, 56_714, 56_215, "0.991202", 73L));
  }

  private static Object[] deadline(
      String id, String name, long hours, long judged, long onTime, String rate, Long maxDelay) {
    return new Object[] {
      id, name, hours, judged, onTime, judged - onTime, new BigDecimal(rate), maxDelay
    };
  }

  // Ordered by interface and day, as gaps.sql orders them.
  private static List<Object[]> gaps() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(gap("BLOOD-ORDER", "临床用血申请上传市中心血站", 1 + i * 5, 30 + i, 50, i % 3));
    }
    for (int i = 0; i < 18; i++) {
      // The National Day week, then the platform's maintenance and scattered days after it.
      int day = i < 7 ? 1 + i : 12 + i;
      rows.add(
          gap("EMR-CITY-UP", "电子病历共享文档上传市全民健康信息平台", day, 240 + 23 * i, 800, 12 + (i * 7) % 40));
    }
    for (int i = 0; i < 14; i++) {
      rows.add(gap("MCH-PROV-UP", "孕产妇建档信息上传省妇幼平台", 1 + 2 * i, 120 + 5 * i, 200, (i * 3) % 9));
    }
    return rows;
  }

  private static Object[] gap(
      String id, String name, int day, long succeeded, long minimum, long failed) {
    return new Object[] {id, name, LocalDate.of(2026, 10, day), succeeded, minimum, failed};
  }

  // Fewer exchanges on weekends and in the National Day week; the city platform was down on the
  // night of the 19th, which shows as a dip of the success rate.
  private static List<Object[]> daily() {
    List<Object[]> rows = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      LocalDate date = LocalDate.of(2026, 10, day);
      boolean weekend =
          date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      long exchanges =
          day <= 7 ? 9_800 + 130L * day : weekend ? 11_200 + 90L * day : 17_400 + 61L * day;
      long failed = day == 19 || day == 20 ? 290 + 11L * day : 55 + (day * 37L) % 60;
      long pending = 8 + day % 5;
      long succeeded = exchanges - failed - pending;
      BigDecimal rate =
          BigDecimal.valueOf(succeeded)
              .divide(BigDecimal.valueOf(succeeded + failed), 6, RoundingMode.HALF_UP);
      rows.add(new Object[] {date, exchanges, succeeded, failed, rate});
    }
    return rows;
  }
}
