package org.baobiao.etl.interfaces;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.time.LocalDate;
import java.util.List;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.Token;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/**
 * A hospital's interface catalog ({@code interfaces*.csv}, reference domain): what each interface
 * connects and what it is measured against, as in docs/formats.md.
 */
public final class InterfaceCatalogKind implements FileKind {
  /** Interface ids: letters, digits, {@code _ . -}, up to 40. */
  public static final Token INTERFACE_ID = Token.of("A-Za-z0-9_.-", 1, 40, "1–40 位字母、数字、下划线、点或连字符");

  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("interface_id", "接口编码"),
          required("name", "接口名称"),
          required("source_system", "发送方系统"),
          required("target_system", "接收方系统"),
          required("direction", "方向"),
          optional("platform", "对接平台"),
          optional("daily_minimum", "每日最少成功数"),
          optional("deadline_hours", "上报时限小时"),
          optional("system_code", "系统编码"),
          optional("active_from", "启用日期"),
          optional("active_to", "停用日期"));

  @Override
  public String domain() {
    return "reference";
  }

  @Override
  public String name() {
    return "interfaces";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("interfaces") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_interfaces";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "interface_id");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String org = f.text("org_code", true);
    String id = f.token("interface_id", true, INTERFACE_ID);
    String name = f.text("name", true, 100);
    String source = f.text("source_system", true, 100);
    String target = f.text("target_system", true, 100);
    String direction = f.code("direction", true, InterfaceCodes.DIRECTIONS);
    String platform = f.text("platform", false, 100);
    Integer dailyMinimum = f.integer("daily_minimum", false, 0, 10_000_000);
    Integer deadlineHours = f.integer("deadline_hours", false, 1, 8_760);
    String system = f.text("system_code", false);
    LocalDate from = f.date("active_from", false);
    LocalDate to = f.date("active_to", false);
    if (from != null && to != null && to.isBefore(from)) {
      f.reject("active_to", to.toString(), ReasonCode.INCONSISTENT, "停用日期早于启用日期 " + from);
    }
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中");
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
      id,
      name,
      source,
      target,
      direction,
      platform,
      dailyMinimum,
      deadlineHours,
      system,
      from,
      to
    };
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/interfaces/publish_interfaces.sql";
  }
}
