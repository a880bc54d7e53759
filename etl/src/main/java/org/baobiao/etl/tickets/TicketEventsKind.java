package org.baobiao.etl.tickets;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.spec.personal.PersonalData;

/** Ticket event stream files ({@code ticket_events*.csv}), as in docs/formats.md. */
public final class TicketEventsKind implements FileKind {
  private static final Pattern TICKET_NO = Pattern.compile("[A-Za-z0-9_-]{1,40}");
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

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header, PERSONAL, COLUMNS);
    String org = f.text("org_code", true);
    String ticketNo = f.matching("ticket_no", true, TICKET_NO, "1–40 位字母、数字、下划线或连字符");
    Integer seq = f.integer("seq", true, 1, 100_000);
    String type = f.code("event_type", true, TicketCodes.EVENT_TYPES);
    LocalDateTime time = f.timestamp("event_time", true);
    boolean reported = "REPORTED".equals(type);
    String severity = f.code("severity", reported, TicketCodes.SEVERITIES);
    String channel = f.code("channel", reported, TicketCodes.CHANNELS);
    String system = f.text("system_code", reported);
    String category = f.code("category", false, TicketCodes.CATEGORIES);
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据");
    } else if (org != null && system != null && !reference.hasSystem(org, system)) {
      f.reject(
          "system_code",
          system,
          ReasonCode.UNKNOWN_SYSTEM,
          "系统编码不在机构 " + org + " 的维护系统清单（systems）中");
    }
    f.finish();
    return new Object[] {
      org,
      ticketNo,
      seq,
      type,
      time,
      severity == null ? null : Integer.valueOf(severity),
      channel,
      system,
      f.raw("department"),
      category,
      f.raw("reporter"),
      f.raw("reporter_phone"),
      f.raw("engineer"),
      f.raw("note")
    };
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/tickets/publish_ticket_events.sql";
  }
}
