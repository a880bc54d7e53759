package org.baobiao.etl.activities;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/**
 * The maintenance vendor's activity log ({@code activities*.csv}), the evidence for contract
 * duties, as in docs/formats.md. Rows are keyed by ({@code org_code}, {@code activity_id}).
 */
public final class ActivitiesKind implements FileKind {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final String KEY_RULE = "1–40 位字母、数字、下划线或连字符";
  private static final BigDecimal MAX_PERSON_DAYS = new BigDecimal("99999.9");
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("activity_id", "活动编号"),
          required("activity_type", "活动类型"),
          required("started_at", "开始时间"),
          optional("ended_at", "结束时间"),
          optional("contract_id", "合同编号"),
          optional("department", "科室"),
          optional("engineer", "工程师"),
          optional("person_days", "人天"),
          optional("version", "版本号"),
          optional("report_no", "报告编号"),
          optional("ticket_no", "关联工单号"),
          optional("result", "结果"),
          optional("note", "说明"));

  @Override
  public String domain() {
    return "activities";
  }

  @Override
  public String name() {
    return "activities";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("activities") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_activities";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "activity_id");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String org = f.text("org_code", true);
    String id = f.matching("activity_id", true, KEY, KEY_RULE);
    String type = f.code("activity_type", true, ActivityCodes.TYPES);
    LocalDateTime started = f.timestamp("started_at", true);
    LocalDateTime ended = f.timestamp("ended_at", false);
    BigDecimal personDays =
        f.decimal("person_days", "CHANGE_EFFORT".equals(type), 1, MAX_PERSON_DAYS);
    String version = f.text("version", "RELEASE".equals(type));
    String reportNo =
        f.text("report_no", type != null && ActivityCodes.REPORT_TYPES.contains(type));
    String ticketNo = f.matching("ticket_no", false, KEY, KEY_RULE);
    String result = f.code("result", false, ActivityCodes.RESULTS);
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中；请先加载该医院的参考数据");
    }
    if (started != null && ended != null && ended.isBefore(started)) {
      f.reject(
          "ended_at",
          f.raw("ended_at"),
          ReasonCode.INCONSISTENT,
          "结束时间早于开始时间 " + f.raw("started_at"));
    }
    f.finish();
    return new Object[] {
      org,
      id,
      type,
      started,
      ended,
      f.raw("contract_id"),
      f.raw("department"),
      f.raw("engineer"),
      personDays,
      version,
      reportNo,
      ticketNo,
      result == null ? "OK" : result,
      f.raw("note")
    };
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/activities/publish_activities.sql";
  }
}
