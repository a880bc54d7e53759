package org.baobiao.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.baobiao.spark.Cli.Result;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads on the Spark engine are idempotent: a rerun skips what is loaded, and a run that died
 * between its commits is completed by the next one without writing any row twice.
 */
class SparkBulkLoadIT {
  private static final Path FIXTURE =
      Path.of("../jobs/src/test/resources/golden/ops-monthly/october/input");
  private static final Map<String, String> SPARK = Cli.SPARK;

  @TempDir Path dir;

  @Test
  void aRerunSkipsLoadedFilesAndARunThatDiedBeforeItsLastCommitIsCompletedOnce()
      throws IOException {
    Path input = copy(FIXTURE, dir.resolve("in"));
    Path delta = dir.resolve("delta");
    Result reference = run(delta, "ingest", "--domain", "reference", input.resolve("reference"));
    assertThat(reference.code()).as(reference.text()).isIn(0, 3);
    Result first = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(first.code()).as(first.text()).isIn(0, 3);
    String before = snapshot(delta);

    Result again = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(again.code()).isZero();
    assertThat(again.text()).contains("跳过").contains("本次不重复加载");
    assertThat(snapshot(delta)).isEqualTo(before);

    // A run killed after publishing its rows and rejects but before recording its counts leaves
    // the batch RUNNING: the next run resumes it and publishes the same rows again, upserting.
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      w.inTransaction(
          s ->
              s.update(
                  "UPDATE load_batches SET status = 'RUNNING', rows_loaded = 0, rows_read = 0,"
                      + " rows_rejected = 0 WHERE file_kind = 'ticket_events'",
                  Map.of()));
    }
    Result resumed = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(resumed.code()).as(resumed.text()).isIn(0, 3);
    assertThat(resumed.text()).contains("续接上次未完成的加载");
    assertThat(snapshot(delta)).isEqualTo(before);
  }

  /**
   * Files named by a Hadoop file-system URI (here {@code file://}, read through Hadoop's local file
   * system as HDFS or S3 would be) are listed, hashed, read and validated in Spark tasks and load
   * exactly as the same files named by their local path; their rejects files go under the data
   * folder, since nothing is written beside a remote input.
   */
  @Test
  void filesNamedByAHadoopUriLoadAsTheirLocalPathsDo() throws IOException {
    Path input = copy(FIXTURE, dir.resolve("in"));
    // One line the load must reject (October has 31 days), so that there is a rejects file.
    Files.writeString(
        input.resolve("tickets/ticket_events_fixture.csv"),
        "441700001,T99,1,REPORTED,2026-10-32 09:00:00,3,PHONE,S01,信息科,CORRECTIVE,张三,"
            + "13800000001,,日期有误\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path local = dir.resolve("local/delta");
    Path remote = dir.resolve("remote/delta");
    for (String domain : List.of("reference", "tickets")) {
      Result l = run(local, "ingest", "--domain", domain, input.resolve(domain));
      assertThat(l.code()).as(l.text()).isIn(0, 3);
      Result r = run(remote, "ingest", "--domain", domain, input.resolve(domain).toUri());
      assertThat(r.code()).as(r.text()).isEqualTo(l.code());
    }
    assertThat(snapshot(remote)).isEqualTo(snapshot(local));
    try (Warehouse w = Warehouses.open("spark", remote.toString(), SPARK)) {
      List<Object[]> batches =
          w.query(
                  "SELECT source_path, reject_file FROM load_batches WHERE rows_rejected > 0",
                  Map.of())
              .rows();
      assertThat(batches).isNotEmpty();
      for (Object[] b : batches) {
        assertThat((String) b[0]).startsWith("file:/");
        assertThat(Path.of((String) b[1])).exists().startsWith(dir.resolve("remote"));
      }
    }
  }

  /**
   * Two files of one run carry operations of the same stay: the later file replaces the stay's
   * operations as a whole (three become one), on Spark as on the embedded engine, which loads file
   * by file.
   */
  @Test
  void aStayInTwoFilesOfOneRunKeepsOnlyTheLaterFilesRowsOnBothEngines() throws IOException {
    Path input = dir.resolve("medrec-in");
    Files.createDirectories(input.resolve("medrec"));
    copy(
        Path.of("../jobs/src/test/resources/golden/blood-use/q3/input/reference"),
        input.resolve("reference"));
    String header =
        "org_code,record_no,admission_no,seq,operation_code,operation_name,operated_at,"
            + "operation_level,surgeon,incision_class,healing_grade,anaesthesia_method,anaesthetist,"
            + "elective\n";
    Files.writeString(
        input.resolve("medrec/medrec_operations_440100002_2026Q3.csv"),
        header
            + "440100002,S1,1,1,81.5100x001,全髋关节置换术,2026-07-02 09:00,3,李明,Ⅰ类,甲,腰硬联合麻醉,赵强,2\n"
            + "440100002,S1,1,2,47.0100,腹腔镜下阑尾切除术,2026-07-02 11:00,2,李明,Ⅱ类,甲,全身麻醉,赵强,2\n"
            + "440100002,S1,1,3,54.9100,腹腔穿刺术,2026-07-02 12:00,1,李明,Ⅱ类,甲,局部麻醉,赵强,2\n"
            + "440100002,S2,1,1,47.0100,腹腔镜下阑尾切除术,2026-07-03 09:00,2,李明,Ⅱ类,甲,全身麻醉,赵强,2\n");
    Files.writeString(
        input.resolve("medrec/medrec_operations_440100002_2026Q3b.csv"),
        header + "440100002,S1,1,1,81.5101,股骨头置换术,2026-07-02 09:00,3,李明,Ⅰ类,甲,腰硬联合麻醉,赵强,2\n");
    String query =
        "SELECT record_no || '/' || seq || '/' || operation_code FROM medrec_operations"
            + " ORDER BY record_no, seq";
    List<String> expected = List.of("S1/1/81.5101", "S2/1/47.0100");

    Path duck = dir.resolve("duck/warehouse.duckdb");
    Path delta = dir.resolve("spark/delta");
    for (String domain : List.of("reference", "medrec")) {
      Result d = runDuckDb(duck, "ingest", "--domain", domain, input.resolve(domain));
      assertThat(d.code()).as(d.text()).isZero();
      Result s = run(delta, "ingest", "--domain", domain, input.resolve(domain));
      assertThat(s.code()).as(s.text()).isZero();
    }
    try (Warehouse w = Warehouses.open("duckdb", duck)) {
      assertThat(w.query(query, Map.of()).rows().stream().map(r -> r[0]))
          .containsExactlyElementsOf(expected);
    }
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      assertThat(w.query(query, Map.of()).rows().stream().map(r -> r[0]))
          .containsExactlyElementsOf(expected);
    }
  }

  /**
   * A folder of good files with undecodable ones among them (UTF-16, garbage bytes) and one whose
   * last line is cut inside a character: each file succeeds or fails on its own, as on the embedded
   * engine. The bad files are recorded in load_batches as FAILED with a Chinese message naming
   * them, the files after them load, and the run ends with the summary and exit 1; a rerun skips
   * what loaded and records the bad files again in their own batches.
   */
  @Test
  void anUndecodableFileFailsOnItsOwnAndTheOtherFilesOfTheRunLoad() throws IOException {
    Path input = copy(FIXTURE.resolve("reference"), dir.resolve("in/reference"));
    Path tickets = Files.createDirectories(dir.resolve("in/tickets"));
    String header =
        "org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,department,"
            + "category,reporter,reporter_phone,engineer,note\n";
    String row = "441700001,%s,1,REPORTED,2026-10-01 09:00:00,3,PHONE,S01,信息科,,,,,%s\n";
    Files.writeString(
        tickets.resolve("ticket_events_1_good.csv"),
        header + row.formatted("G1", "好") + row.formatted("G2", "好"));
    Files.write(
        tickets.resolve("ticket_events_2_utf16.csv"),
        (header + row.formatted("U1", "宽")).getBytes(StandardCharsets.UTF_16));
    Files.write(
        tickets.resolve("ticket_events_3_garbage.csv"),
        HexFormat.of()
            .parseHex("9f80ff13e228a1c328fffe8081f8a1a1a1a10ac0afe080aff08080af80ff7f812fff0a"));
    byte[] cut = (header + row.formatted("C1", "好") + row.formatted("C2", "中")).getBytes(UTF_8);
    // the last line ends inside 中 (3 bytes in UTF-8): its last 2 bytes and the line end are gone
    Files.write(tickets.resolve("ticket_events_4_cut.csv"), Arrays.copyOf(cut, cut.length - 3));
    Files.writeString(
        tickets.resolve("ticket_events_5_good.csv"),
        header + row.formatted("G3", "好") + row.formatted("G4", "好"));
    Path duckIn = copy(dir.resolve("in"), dir.resolve("duck-in"));

    Path delta = dir.resolve("delta");
    Result reference = run(delta, "ingest", "--domain", "reference", input);
    assertThat(reference.code()).as(reference.text()).isIn(0, 3);
    Result r = run(delta, "ingest", "--domain", "tickets", tickets);
    assertThat(r.code()).as(r.text()).isEqualTo(1);
    assertThat(r.text())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .contains("失败 ticket_events_2_utf16.csv")
        .contains("失败 ticket_events_3_garbage.csv")
        .contains("tickets: 3 个文件已加载（5 行），0 个已加载过而跳过，2 个失败；拒绝 1 行。");
    String batches =
        "SELECT source_path, status, encoding, rows_loaded, rows_rejected, message"
            + " FROM load_batches WHERE domain = 'tickets' ORDER BY source_path";
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      List<Object[]> rows = w.query(batches, Map.of()).rows();
      assertThat(
              rows.stream()
                  .map(
                      b ->
                          Path.of((String) b[0]).getFileName()
                              + " "
                              + b[1]
                              + " "
                              + b[2]
                              + " "
                              + b[3]
                              + " "
                              + b[4]))
          .containsExactly(
              "ticket_events_1_good.csv LOADED UTF-8 2 0",
              "ticket_events_2_utf16.csv FAILED 无法识别 0 0",
              "ticket_events_3_garbage.csv FAILED 无法识别 0 0",
              "ticket_events_4_cut.csv LOADED UTF-8 1 1",
              "ticket_events_5_good.csv LOADED UTF-8 2 0");
      assertThat((String) rows.get(1)[5]).startsWith("ticket_events_2_utf16.csv: 文件是 UTF-16 编码");
      assertThat((String) rows.get(2)[5]).startsWith("ticket_events_3_garbage.csv: 无法识别字符编码");
      assertThat(w.query("SELECT ticket_no FROM ticket_events ORDER BY ticket_no", Map.of()).rows())
          .extracting(x -> x[0])
          .containsExactly("C1", "G1", "G2", "G3", "G4");
      assertThat(
              w.query(
                      "SELECT r.source_file, r.line_no, r.reason_code FROM rejects r"
                          + " JOIN load_batches b ON r.batch_id = b.batch_id"
                          + " WHERE b.domain = 'tickets'",
                      Map.of())
                  .rows())
          .singleElement()
          .satisfies(
              x -> assertThat(x).containsExactly("ticket_events_4_cut.csv", 3L, "BAD_ENCODING"));
    }

    // the embedded engine, file by file, ends the same way
    Path duck = dir.resolve("duck/warehouse.duckdb");
    assertThat(
            runDuckDb(duck, "ingest", "--domain", "reference", duckIn.resolve("reference")).code())
        .isIn(0, 3);
    Result d = runDuckDb(duck, "ingest", "--domain", "tickets", duckIn.resolve("tickets"));
    assertThat(d.code()).as(d.text()).isEqualTo(1);
    assertThat(d.text()).contains("tickets: 3 个文件已加载（5 行），0 个已加载过而跳过，2 个失败；拒绝 1 行。");

    Result again = run(delta, "ingest", "--domain", "tickets", tickets);
    assertThat(again.code()).as(again.text()).isEqualTo(1);
    assertThat(again.text()).contains("tickets: 0 个文件已加载（0 行），3 个已加载过而跳过，2 个失败；拒绝 0 行。");
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      assertThat(
              w.query("SELECT count(*) FROM load_batches WHERE domain = 'tickets'", Map.of())
                  .single())
          .isEqualTo(5L);
      assertThat(w.query("SELECT count(*) FROM ticket_events", Map.of()).single()).isEqualTo(5L);
    }
  }

  /** Row counts, key uniqueness and batch counts: what a duplicate or a loss would change. */
  private static String snapshot(Path delta) {
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      List<String> lines = new ArrayList<>();
      for (String sql :
          List.of(
              "SELECT count(*), count(DISTINCT org_code || '/' || ticket_no || '/' || seq)"
                  + " FROM ticket_events",
              "SELECT count(*), sum(event_count), sum(reopen_count) FROM tickets",
              "SELECT count(*), count(DISTINCT batch_id || '/' || line_no || '/' || field)"
                  + " FROM rejects",
              "SELECT batch_id, status, rows_read, rows_loaded, rows_rejected FROM load_batches"
                  + " ORDER BY batch_id")) {
        for (Object[] row : w.query(sql, Map.of()).rows()) {
          lines.add(java.util.Arrays.toString(row));
        }
      }
      return String.join("\n", lines);
    }
  }

  private static Result run(Path delta, Object... args) {
    return Cli.run("spark", delta, args);
  }

  private static Result runDuckDb(Path warehouse, Object... args) {
    return Cli.run("duckdb", warehouse, args);
  }

  private static Path copy(Path from, Path to) throws IOException {
    return Cli.copy(from, to);
  }
}
