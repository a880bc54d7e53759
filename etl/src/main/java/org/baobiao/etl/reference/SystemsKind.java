package org.baobiao.etl.reference;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.util.List;
import java.util.regex.Pattern;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/** Maintained-system files ({@code systems*.csv}). */
public final class SystemsKind implements FileKind {
  private static final Pattern SYSTEM_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("system_code", "系统编码"),
          required("name", "系统名称"),
          optional("category", "系统分类"),
          optional("contract_id", "合同编号"));

  @Override
  public String domain() {
    return "reference";
  }

  @Override
  public String name() {
    return "systems";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("systems") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_systems";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code", "system_code");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String org = f.text("org_code", true);
    String code = f.matching("system_code", true, SYSTEM_CODE, "1–32 位字母、数字、下划线或连字符");
    String name = f.text("name", true);
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中");
    }
    f.finish();
    return new Object[] {org, code, name, f.raw("category"), f.raw("contract_id")};
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/reference/publish_systems.sql";
  }
}
