package org.baobiao.etl.tickets;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.baobiao.etl.load.ColumnRule;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.SqlRules;
import org.baobiao.etl.load.Token;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.spec.personal.PersonalData;

/** Ticket event stream files ({@code ticket_events*.csv}), as in docs/formats.md. */
public final class TicketEventsKind implements SqlRules {
  private static final Token TICKET_NO = Token.of("A-Za-z0-9_-", 1, 40, "1–40 位字母、数字、下划线或连字符");
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("ticket_no", "工单号"),
          required("seq", "序号"),
          required("event_type", "事件类型"),
          required("event_time", "事件时间"),
          optional("severity", "故障级别"),
          optional("channel", "报障渠道"),
          optional("system_code", "系统编码"),
          optional("department", "科室"),
          optional("category", "服务类别"),
          optional("reporter", "报告人"),
          optional("reporter_phone", "联系电话"),
          optional("engineer", "工程师"),
          optional("note", "说明"));

  /** The reporter's name and phone: personal data (docs/formats.md), by class. */
  private static final Map<String, PersonalData> PERSONAL_CLASS =
      Map.of("reporter", PersonalData.NAME, "reporter_phone", PersonalData.PHONE);

  /**
   * The ticket's reporter is a hospital employee: rejects hold the name and phone masked, and a row
   * that cannot be matched to its header is masked whole, as a patient's record is.
   */
  static final PersonalFields PERSONAL = PersonalFields.byClass(PERSONAL_CLASS);

  @Override
  public String domain() {
    return "tickets";
  }

  @Override
  public String name() {
    return "ticket_events";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("ticket_events") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public PersonalFields personalFields() {
    return PERSONAL;
  }

  @Override
  public String stagingTable() {
    return "stg_ticket_events";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "ticket_no", "seq");
  }

  /**
   * The column rules, in the order {@link #map} reads them and stages their values: the one
   * definition both the Java rules and the SQL load path ({@link #sureSql}, {@link #stagedSqlOf})
   * are made from. Severity, channel and system are required on the REPORTED event; the free-text
   * columns are passed through as read.
   */
  static final List<ColumnRule> RULES =
      List.of(
          ColumnRule.text("org_code", true, FieldReader.MAX_TEXT),
          ColumnRule.token("ticket_no", true, TICKET_NO),
          ColumnRule.integer("seq", true, 1, 100_000),
          ColumnRule.code("event_type", true, TicketCodes.EVENT_TYPES),
          ColumnRule.timestamp("event_time", true),
          ColumnRule.integerCode("severity", false, TicketCodes.SEVERITIES)
              .requiredWhen("event_type", "REPORTED"),
          ColumnRule.code("channel", false, TicketCodes.CHANNELS)
              .requiredWhen("event_type", "REPORTED"),
          ColumnRule.text("system_code", false, FieldReader.MAX_TEXT)
              .requiredWhen("event_type", "REPORTED"),
          ColumnRule.raw("department"),
          ColumnRule.code("category", false, TicketCodes.CATEGORIES),
          ColumnRule.raw("reporter"),
          ColumnRule.raw("reporter_phone"),
          ColumnRule.raw("engineer"),
          ColumnRule.raw("note"));

  private static final int ORG = ColumnRule.indexOf(RULES, "org_code");
  private static final int SYSTEM = ColumnRule.indexOf(RULES, "system_code");

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header, PERSONAL, COLUMNS);
    Object[] v = ColumnRule.readAll(RULES, f);
    String org = (String) v[ORG];
    String system = (String) v[SYSTEM];
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, UNKNOWN_HOSPITAL);
    } else if (org != null && system != null && !reference.hasSystem(org, system)) {
      f.reject("system_code", system, ReasonCode.UNKNOWN_SYSTEM, unknownSystem(org));
    }
    f.finish();
    return v;
  }

  private static final String UNKNOWN_HOSPITAL = "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据";

  private static String unknownSystem(String org) {
    return "系统编码不在机构 " + org + " 的维护系统清单（systems）中";
  }

  @Override
  public List<ColumnRule> rules() {
    return RULES;
  }

  /**
   * {@inheritDoc} Here: each column's rule, the hospital in {@code hospitals} and, when a system is
   * given, the hospital's system in {@code systems}.
   */
  @Override
  public String sureSql(Function<String, String> text, Function<String, String> value) {
    List<String> all = new ArrayList<>(ColumnRule.sureSqlOf(RULES, text, value));
    String org = text.apply("org_code");
    String system = text.apply("system_code");
    all.add("coalesce(" + org + " IN (SELECT org_code FROM hospitals), FALSE)");
    all.add(
        "("
            + system
            + " IS NULL OR EXISTS (SELECT 1 FROM systems known WHERE known.org_code = "
            + org
            + " AND known.system_code = "
            + system
            + "))");
    return String.join("\n  AND ", all);
  }

  @Override
  public List<String> stagedSqlOf(Function<String, String> value) {
    return RULES.stream().map(r -> value.apply(r.column())).toList();
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/tickets/publish_ticket_events.sql";
  }
}
