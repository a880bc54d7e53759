package org.baobiao.etl.reference;

import static org.baobiao.etl.source.ColumnDef.optional;
import static org.baobiao.etl.source.ColumnDef.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;

/** Maintenance contract files ({@code contracts*.csv}). */
public final class ContractsKind implements FileKind {
  private static final List<ColumnDef> COLUMNS =
      List.of(
          required("contract_id", "合同编号"),
          required("org_code", "机构代码"),
          required("title", "合同名称"),
          optional("vendor", "服务商"),
          required("start_date", "开始日期"),
          required("end_date", "结束日期"),
          optional("amount", "合同金额"),
          optional("seed_doc", "需求文档"));

  @Override
  public String domain() {
    return "reference";
  }

  @Override
  public String name() {
    return "contracts";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.startsWith("contracts") && fileName.endsWith(".csv");
  }

  @Override
  public List<ColumnDef> columns() {
    return COLUMNS;
  }

  @Override
  public String stagingTable() {
    return "stg_contracts";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("contract_id");
  }

  @Override
  public Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference) {
    FieldReader f = new FieldReader(record, header);
    String id = f.text("contract_id", true);
    String org = f.text("org_code", true);
    String title = f.text("title", true);
    LocalDate start = f.date("start_date", true);
    LocalDate end = f.date("end_date", true);
    BigDecimal amount = f.money("amount", false);
    if (org != null && !reference.hasHospital(org)) {
      f.reject("org_code", org, ReasonCode.UNKNOWN_HOSPITAL, "机构代码未在医院名录（hospitals）中");
    }
    if (start != null && end != null && end.isBefore(start)) {
      f.reject("end_date", end.toString(), ReasonCode.INCONSISTENT, "结束日期早于开始日期 " + start);
    }
    f.finish();
    return new Object[] {id, org, title, f.raw("vendor"), start, end, amount, f.raw("seed_doc")};
  }

  @Override
  public String publishSql() {
    return "/org/baobiao/etl/reference/publish_contracts.sql";
  }
}
