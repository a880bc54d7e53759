package org.baobiao.etl.reference;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;

/** Hospital directory files ({@code hospitals*.csv}). */
public final class HospitalsKind implements FileKind {
  static final Pattern ORG_CODE = Pattern.compile("[0-9A-Z]{9}");
  private static final Set<String> LEVELS =
      new LinkedHashSet<>(List.of("三级甲等", "三级乙等", "三级", "二级甲等", "二级乙等", "二级", "一级", "未定级"));
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("org_code", "机构代码"),
          required("name", "机构名称"),
          optional("short_name", "简称"),
          required("level", "医院等级"),
          optional("city", "城市"),
          optional("province", "省份"));

  @Override
  public String domain() {
    return "reference";
  }

  @Override
  public String name() {
    return "hospitals";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("hospitals") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_hospitals";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("org_code");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String org = f.matching("org_code", true, ORG_CODE, "9 位数字或大写字母的机构代码");
    String name = f.text("name", true);
    String level = f.code("level", true, LEVELS, String.join("、", LEVELS));
    f.finish();
    return new Object[] {org, name, f.raw("short_name"), level, f.raw("city"), f.raw("province")};
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/reference/publish_hospitals.sql";
  }
}
