package org.baobiao.etl.interfaces;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.baobiao.etl.load.ColumnRule;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.SqlRules;
import org.baobiao.etl.load.Token;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/**
 * Interface exchange logs ({@code interface_exchanges*.jsonl}, {@code .ndjson} or {@code .csv}):
 * one record per message an interface sent, with its timestamps and outcome, as in docs/formats.md.
 * The same rules hold for both layouts and for rows extracted from a source database.
 */
public final class InterfaceExchangesKind implements SqlRules {
  /** How far a business time may lie after the sending time: the systems' clocks may differ. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Token EXCHANGE_ID = Token.of("A-Za-z0-9_.:-", 1, 64, "1–64 位字母、数字或 _ . : -");
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("exchange_id", "交换流水号"),
          required("interface_id", "接口编码"),
          optional("message_type", "消息类型"),
          optional("business_key", "业务主键"),
          optional("business_time", "业务发生时间"),
          required("sent_at", "发送时间"),
          optional("received_at", "接收时间"),
          optional("acked_at", "应答时间"),
          required("status", "状态"),
          optional("error_cause", "失败原因"),
          optional("error_code", "错误代码"),
          optional("error_message", "错误信息"),
          optional("retries", "重试次数"),
          optional("record_count", "记录数"),
          optional("payload_bytes", "报文字节数"));

  @Override
  public String domain() {
    return "interfaces";
  }

  @Override
  public String name() {
    return "interface_exchanges";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("interface_exchanges")
        && (fileName.endsWith(".jsonl")
            || fileName.endsWith(".ndjson")
            || fileName.endsWith(".csv"));
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_interface_exchanges";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "exchange_id");
  }

  /**
   * The column rules, in the order {@link #map} reads them: the one definition both the Java rules
   * and the SQL load path ({@link #sureSql}, {@link #stagedSql}) are made from.
   */
  static final List<ColumnRule> RULES =
      List.of(
          ColumnRule.text("org_code", true, FieldReader.MAX_TEXT),
          ColumnRule.token("exchange_id", true, EXCHANGE_ID),
          ColumnRule.token("interface_id", true, InterfaceCatalogKind.INTERFACE_ID),
          ColumnRule.text("message_type", false, 64),
          ColumnRule.text("business_key", false, 128),
          ColumnRule.timestamp("business_time", false),
          ColumnRule.timestamp("sent_at", true),
          ColumnRule.timestamp("received_at", false),
          ColumnRule.timestamp("acked_at", false),
          ColumnRule.code("status", true, InterfaceCodes.STATUSES),
          ColumnRule.code("error_cause", false, InterfaceCodes.ERROR_CAUSES)
              .requiredWhen("status", "FAILED"),
          ColumnRule.text("error_code", false, 32),
          ColumnRule.text("error_message", false, 2000),
          ColumnRule.integer("retries", false, 0, 1_000),
          ColumnRule.integer("record_count", false, 0, 10_000_000),
          ColumnRule.whole("payload_bytes", false, 0, 1L << 40));

  /**
   * A time that may not lie after another (plus a slack): INCONSISTENT on {@code rejected}, with a
   * message made of {@code prefix}, the raw text of {@code quoted} and {@code suffix}.
   */
  private record NotAfter(
      String rejected,
      String quoted,
      String first,
      String second,
      Duration slack,
      String prefix,
      String suffix) {
    void check(FieldReader f, LocalDateTime a, LocalDateTime b) {
      if (a != null && b != null && a.isAfter(b.plus(slack))) {
        f.reject(
            rejected, f.raw(rejected), ReasonCode.INCONSISTENT, prefix + f.raw(quoted) + suffix);
      }
    }

    String sureSql(Function<String, String> value) {
      return "coalesce(NOT ("
          + value.apply(first)
          + " > "
          + value.apply(second)
          + " + INTERVAL "
          + slack.toMillis() * 1000
          + " MICROSECOND), TRUE)";
    }
  }

  private static final List<NotAfter> ORDER =
      List.of(
          new NotAfter(
              "acked_at", "sent_at", "sent_at", "acked_at", Duration.ZERO, "应答时间早于发送时间 ", ""),
          new NotAfter(
              "business_time",
              "sent_at",
              "business_time",
              "sent_at",
              CLOCK_SKEW,
              "业务发生时间晚于发送时间 ",
              " 超过 5 分钟（各系统时钟允许相差 5 分钟以内）"));

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    Object[] v = ColumnRule.readAll(RULES, f);
    String org = (String) v[0];
    String iface = (String) v[2];
    LocalDateTime sent = (LocalDateTime) v[6];
    LocalDateTime acked = (LocalDateTime) v[8];
    for (NotAfter rule : ORDER) {
      rule.check(
          f, (LocalDateTime) v[indexOf(rule.first)], (LocalDateTime) v[indexOf(rule.second)]);
    }
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, UNKNOWN_HOSPITAL);
    } else if (org != null && iface != null && !reference.hasInterface(org, iface)) {
      f.reject("interface_id", iface, ReasonCode.UNKNOWN_INTERFACE, unknownInterface(org));
    }
    f.finish();
    return new Object[] {
      org,
      v[1],
      iface,
      v[3],
      v[4],
      v[5],
      sent,
      sent.toLocalDate(),
      v[7],
      acked,
      acked == null ? null : Duration.between(sent, acked).toMillis(),
      v[9],
      v[10],
      v[11],
      v[12],
      v[13],
      v[14],
      v[15]
    };
  }

  private static final String UNKNOWN_HOSPITAL = "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据";

  private static String unknownInterface(String org) {
    return "接口编码不在机构 " + org + " 的接口目录（interfaces.csv）中；请先在接口目录中登记该接口";
  }

  private static int indexOf(String column) {
    return ColumnRule.indexOf(RULES, column);
  }

  @Override
  public List<ColumnRule> rules() {
    return RULES;
  }

  /**
   * A SQL condition that holds only when {@link #map} surely accepts a row, generated from the same
   * rules: each column's {@link ColumnRule#sureSql}, the order of the times, and the reference data
   * as {@link ReferenceData#load} reads it (tables {@code hospitals} and {@code interfaces}).
   *
   * @param text the SQL of a column's text (NULL when absent or empty)
   */
  public String sureSql(Function<String, String> text) {
    return sureSql(text, c -> RULES.get(indexOf(c)).valueSql(text.apply(c)));
  }

  /**
   * As {@link #sureSql(Function)}, with {@code value} the SQL of each column's {@link
   * ColumnRule#valueSql} already computed.
   */
  @Override
  public String sureSql(Function<String, String> text, Function<String, String> value) {
    List<String> all = new ArrayList<>(ColumnRule.sureSqlOf(RULES, text, value));
    for (NotAfter rule : ORDER) {
      all.add(rule.sureSql(value));
    }
    all.add("coalesce(" + text.apply("org_code") + " IN (SELECT org_code FROM hospitals), FALSE)");
    // chr(0) cannot be in a sure interface id (a token), so the pair is told apart
    all.add(
        "coalesce("
            + text.apply("org_code")
            + " || chr(0) || "
            + text.apply("interface_id")
            + " IN (SELECT org_code || chr(0) || interface_id FROM interfaces), FALSE)");
    return String.join("\n  AND ", all);
  }

  /**
   * The SQL of the staged columns after {@code batch_id, source_line}, in {@link #map}'s order, for
   * a row {@link #sureSql} accepts.
   */
  public List<String> stagedSql(Function<String, String> text) {
    return stagedSqlOf(c -> RULES.get(indexOf(c)).valueSql(text.apply(c)));
  }

  /** As {@link #stagedSql}, from each column's value already computed. */
  @Override
  public List<String> stagedSqlOf(Function<String, String> value) {
    List<String> out = new ArrayList<>();
    for (ColumnRule rule : RULES) {
      out.add(value.apply(rule.column()));
      if (rule.column().equals("sent_at")) {
        out.add("CAST(" + value.apply("sent_at") + " AS DATE)");
      } else if (rule.column().equals("acked_at")) {
        // Duration.between(...).toMillis(): whole milliseconds, rounded toward zero
        out.add(
            "(epoch_us("
                + value.apply("acked_at")
                + ") - epoch_us("
                + value.apply("sent_at")
                + ")) // 1000");
      }
    }
    return out;
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/interfaces/publish_interface_exchanges.sql";
  }

  @Override
  public String rebuildSql() {
    return "/org/baobiao/etl/interfaces/rebuild_interface_rollups.sql";
  }
}
