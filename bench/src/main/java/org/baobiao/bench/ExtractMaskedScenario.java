package org.baobiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;

/**
 * {@code extract-masked-xlsx}: a data extraction request (issue 18) for every field of the bundled
 * {@code medrec-front-pages} extract, delivered as one XLSX workbook through {@code RequestService}
 * — names, phones, identity numbers, addresses, employers masked, record numbers and birth dates
 * pseudonymised (HMAC-SHA256), sensitive diagnoses replaced — in a child JVM limited to {@value
 * ExtractScenario#HEAP_MIB} MiB of heap. The baseline is the same request with every maskable field
 * approved in clear: the same path with nothing to mask.
 *
 * <p>The data is synthetic, {@value #ROWS} front pages discharged in 2026 with two other diagnoses
 * each (3 % of main diagnoses in the sensitive list), written by SQL into a warehouse of its own:
 * the sample generator's 12,000 front pages a year are too few to measure a rate.
 */
final class ExtractMaskedScenario implements Scenario {
  static final int ROWS = 1_000_000;
  private static final long CHILD_TIMEOUT_SECONDS = 1_800;

  private Path warehouse;

  @Override
  public String name() {
    return "extract-masked-xlsx";
  }

  @Override
  public long prepare(Path work) throws Exception {
    Path dir = work.resolve("masked-warehouse-" + ROWS);
    warehouse = dir.resolve("warehouse.duckdb");
    Path done = dir.resolve("ready.txt");
    if (!Files.exists(done)) {
      BenchData.delete(dir);
      Files.createDirectories(dir);
      try (Warehouse w = DuckDbWarehouse.open(warehouse)) {
        w.inTransaction(
            s -> {
              s.update(FRONT_PAGES, Map.of());
              s.update(DIAGNOSES, Map.of());
            });
      }
      Files.writeString(done, Integer.toString(ROWS));
    }
    return ROWS;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return child("masked", run);
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference(
            "same request, every field approved in clear", ROWS, d -> child("unmasked", d)));
  }

  @Override
  public boolean warmUp() {
    return false;
  }

  @Override
  public long heapLimitMib() {
    return ExtractScenario.HEAP_MIB;
  }

  @Override
  public double minRowsPerSecond() {
    return 70_000;
  }

  private Timing.Run child(String mode, Path run) throws Exception {
    ChildJvm.Exit exit =
        ChildJvm.runOk(
            ChildJvm.command(
                List.of("-Xmx" + ExtractScenario.HEAP_MIB + "m"),
                MaskedExtractChild.class.getName(),
                List.of(
                    mode,
                    warehouse.toAbsolutePath().toString(),
                    run.resolve("data").toAbsolutePath().toString())),
            run,
            CHILD_TIMEOUT_SECONDS);
    ExtractScenario.ChildRun r = ExtractScenario.ChildRun.parse(exit.output());
    if (r.rows() != ROWS) {
      throw new IllegalStateException(
          mode + " wrote " + r.rows() + " rows, expected " + ROWS + ":\n" + exit.output());
    }
    return r.run();
  }

  private static final String CODES =
      "['K80.100', 'J18.900', 'I10.x00x002', 'E11.900', 'I21.000', 'C34.900', 'N18.500',"
          + " 'O80.000', 'S72.000', 'K35.800', 'I63.900', 'J44.100', 'M17.900', 'N39.000',"
          + " 'K29.700', 'I50.900', 'Z51.100', 'H25.900', 'G45.900', 'D50.900']";

  /** Synthetic front pages: every personal column filled, 3 % sensitive main diagnoses. */
  private static final String FRONT_PAGES =
      "INSERT INTO medrec_front_pages (org_code, record_no, admission_no, patient_name, sex,"
          + " birth_date, age_years, id_number, phone, current_address, household_address,"
          + " work_unit, work_phone, contact_name, contact_address, contact_phone, admitted_at,"
          + " admission_dept, discharged_at, discharge_dept, los_days, main_diagnosis_code,"
          + " main_diagnosis_name, discharge_method, attending_doctor, total_cost, batch_id,"
          + " source_line)\n"
          + "SELECT ['430100003', '430100001', '440100002', '450100001', '460100001'][1 + i % 5],"
          + " 'R' || lpad(CAST(i AS VARCHAR), 8, '0'), 1,"
          + " ['张', '李', '王', '刘', '陈', '杨', '黄', '赵', '吴', '周'][1 + i % 10]"
          + " || ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军'][1 + (i // 10) % 10]"
          + " || ['', '明', '华', '平'][1 + (i // 100) % 4],"
          + " CASE WHEN i % 2 = 0 THEN '1' ELSE '2' END,"
          + " DATE '1950-01-01' + CAST(i % 25000 AS INTEGER), CAST(i % 90 AS INTEGER),"
          + " '430102' || strftime(DATE '1950-01-01' + CAST(i % 25000 AS INTEGER), '%Y%m%d')"
          + " || lpad(CAST(i % 1000 AS VARCHAR), 3, '0') || CAST(i % 10 AS VARCHAR),"
          + " '138' || lpad(CAST(i % 100000000 AS VARCHAR), 8, '0'),"
          + " '湖南省长沙市芙蓉区五一大道' || (i % 999) || '号',"
          + " '湖南省长沙市岳麓区麓山南路' || (i % 97) || '号',"
          + " '长沙市第' || (i % 50) || '建筑工程有限公司',"
          + " '0731' || lpad(CAST(i % 10000000 AS VARCHAR), 8, '0'),"
          + " ['李', '王', '赵', '孙'][1 + i % 4] || '秀兰',"
          + " '湖南省株洲市天元区长江北路' || (i % 31) || '号',"
          + " '139' || lpad(CAST((i * 7) % 100000000 AS VARCHAR), 8, '0'),"
          + " TIMESTAMP '2026-01-01 08:00:00' + (i % 480000) * INTERVAL 1 MINUTE,"
          + " ['普通外科', '心内科', '呼吸内科', '骨科', '妇产科'][1 + i % 5],"
          + " TIMESTAMP '2026-01-08 10:00:00' + (i % 480000) * INTERVAL 1 MINUTE,"
          + " ['普通外科', '心内科', '呼吸内科', '骨科', '妇产科'][1 + i % 5], 7,"
          + " CASE WHEN i % 100 = 7 THEN 'B20.000' WHEN i % 100 = 17 THEN 'F32.900'"
          + " WHEN i % 100 = 27 THEN 'A51.000' ELSE "
          + CODES
          + "[1 + i % 20] END,"
          + " CASE WHEN i % 100 IN (7, 17, 27) THEN '敏感诊断名称' ELSE '诊断名称' || (i % 20) END,"
          + " '1', '李明', CAST(1000 + i % 50000 AS DECIMAL(14, 2)), 0, i\n"
          + "FROM range("
          + ROWS
          + ") t(i)";

  /** Two other diagnoses per stay, one in twenty of them sensitive. */
  private static final String DIAGNOSES =
      "INSERT INTO medrec_diagnoses (org_code, record_no, admission_no, seq, diagnosis_code,"
          + " diagnosis_name, batch_id, source_line)\n"
          + "SELECT f.org_code, f.record_no, 1, s.seq,"
          + " CASE WHEN (f.source_line + s.seq) % 20 = 3 THEN 'F20.000' ELSE "
          + CODES
          + "[1 + (f.source_line * (s.seq * 6 + 1)) % 20] END, '其他诊断', 0, 0\n"
          + "FROM medrec_front_pages f, (VALUES (1), (2)) s(seq)";
}
