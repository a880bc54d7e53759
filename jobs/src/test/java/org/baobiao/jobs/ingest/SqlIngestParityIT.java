package org.baobiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.CsvScreen;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.tickets.TicketEventsKind;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.sample.InterfaceLayout;
import org.baobiao.sample.SampleDataGenerator;
import org.baobiao.sample.SampleOptions;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The SQL load path of interface exchanges (JSON lines and CSV) against the Java path, on the
 * sample generator's files as exported (every hospital's style, with their dirty lines), the same
 * exchanges as UTF-8 CSV, and on fuzz corpora written here line by line. JSON lines: every reason
 * code of the kind, repeated members, Chinese member names, escapes, padded strings, numbers not
 * written as integers, invalid UTF-8, blank lines, CRLF, a lone CR, a BOM, GB18030. CSV: every
 * reason code, quoted fields with commas, doubled quotes and line breaks, ragged rows, empty and
 * white-space lines, padded fields, formula-like values, stray and unclosed quotes, overlong
 * records, CRLF, mixed line ends, a lone CR, a BOM, GB18030, invalid UTF-8, Chinese, upper-case,
 * quoted and repeated header names, unknown extra columns, missing optional and required columns.
 * Ticket events (CSV): the sample's ticket files as exported (every hospital's style, with their
 * dirty lines) and a CSV fuzz corpus with every reason code of the kind, quoted, padded, ragged and
 * multi-line records, empty lines, CRLF, Chinese headers, and what the SQL path leaves to the Java
 * path. Both paths must leave the same warehouse tables and the same rejects (line, field, value,
 * reason code, message, raw line) and batch counts.
 */
class SqlIngestParityIT {
  @TempDir static Path dir;
  private static GeneratedFiles sample;
  private static GeneratedFiles sampleCsv;
  private static Path fuzz;
  private static List<Path> fuzzFiles;
  private static GeneratedFiles sampleTickets;
  private static List<Path> ticketFuzzFiles;

  @BeforeAll
  static void generate() throws Exception {
    sample =
        new SampleDataGenerator(
                new SampleOptions(
                    1,
                    SampleOptions.DEFAULT_SEED,
                    LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 10, 31),
                    SampleOptions.DEFAULT_EXPORTED_AT))
            .generateInterfaces(
                dir.resolve("gen"), (stage, rows) -> {}, InterfaceLayout.AS_EXPORTED);
    sampleCsv =
        new SampleDataGenerator(
                new SampleOptions(
                    1,
                    SampleOptions.DEFAULT_SEED,
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31),
                    SampleOptions.DEFAULT_EXPORTED_AT))
            .generateInterfaces(dir.resolve("gen-csv"), (stage, rows) -> {}, InterfaceLayout.CSV);
    fuzz = Files.createDirectories(dir.resolve("fuzz"));
    Fuzz.write(fuzz, firstJsonLine());
    CsvFuzz.write(fuzz, firstJsonLine());
    try (Stream<Path> s = Files.list(fuzz)) {
      fuzzFiles = s.sorted().toList();
    }
    sampleTickets =
        new SampleDataGenerator(
                new SampleOptions(
                    1,
                    SampleOptions.DEFAULT_SEED,
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31),
                    SampleOptions.DEFAULT_EXPORTED_AT))
            .generate(dir.resolve("gen-tickets"), (stage, rows) -> {});
    // a hospital and one of its systems, from the sample's reference data (UTF-8)
    String[] system =
        Files.readAllLines(dir.resolve("gen-tickets/reference/systems.csv")).get(1).split(",");
    Path ticketFuzz = Files.createDirectories(dir.resolve("ticket-fuzz"));
    TicketFuzz.write(ticketFuzz, system[0], system[1]);
    try (Stream<Path> s = Files.list(ticketFuzz)) {
      ticketFuzzFiles = s.sorted().toList();
    }
  }

  /**
   * The inputs the SQL path takes: JSON lines in UTF-8 (the fuzz GB18030 file aside) without BOM,
   * no line ending in a lone CR.
   */
  private static int sqlPathFiles() throws Exception {
    int n = 0;
    for (Path f : inputs()) {
      if (f.getFileName().toString().endsWith(".csv")) {
        n += sqlPathCsv(f) ? 1 : 0;
        continue;
      }
      String name = f.getFileName().toString();
      byte[] b = Files.readAllBytes(f);
      boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB;
      boolean loneCr = false;
      for (int i = 0; i < b.length; i++) {
        loneCr |= b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n');
      }
      if ((name.endsWith(".jsonl") || name.endsWith(".ndjson"))
          && !bom
          && !loneCr
          && !name.contains("gbk")) {
        n++;
      }
    }
    return n;
  }

  /** Every input file: the samples, then the fuzz files. */
  private static List<Path> inputs() {
    List<Path> all = new ArrayList<>(sample.interfaceFiles());
    all.addAll(sampleCsv.interfaceFiles());
    all.addAll(fuzzFiles);
    return all;
  }

  /**
   * Whether a CSV file takes the SQL path: UTF-8 without BOM (as detected), every record cut where
   * DuckDB can cut it ({@link CsvScreen}), a header with the required columns.
   */
  private static boolean sqlPathCsv(Path f) throws Exception {
    return sqlPathCsv(f, new InterfaceExchangesKind().columns());
  }

  private static boolean sqlPathCsv(Path f, List<ColumnDef> columns) throws Exception {
    byte[] b = Files.readAllBytes(f);
    if (f.getFileName().toString().contains("gbk")
        || (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB)
        || !utf8(b)) {
      return false;
    }
    CsvScreen.Result r = new CsvScreen().screen(f);
    if (!r.sure()) {
      return false;
    }
    try {
      HeaderMap.of(new SourceRecord("x", 1, -1, r.header(), ""), columns);
      return true;
    } catch (SourceFormatException e) {
      return false;
    }
  }

  @Test
  void theCsvFuzzFilesAreReadAsIntended() throws Exception {
    // strict RFC 4180 files: DuckDB reads them with quotes, one row per record
    for (String name : List.of("rfc", "crlf", "zh", "qheader", "dupcol")) {
      CsvScreen.Result r = new CsvScreen().screen(fuzz.resolve(CsvFuzz.name(name)));
      assertThat(r.notSure()).as(name).isNull();
      assertThat(r.reading().quoted()).as(name).isTrue();
    }
    // a stray or unclosed quote: quoting off, one row per line
    CsvScreen.Result cut = new CsvScreen().screen(fuzz.resolve(CsvFuzz.name("cut")));
    assertThat(cut.notSure()).isNull();
    assertThat(cut.reading().quoted()).isFalse();
    // what DuckDB cannot read as the Java reader does stays on the Java path
    for (String name : List.of("badutf8", "cr", "mixed")) {
      assertThat(new CsvScreen().screen(fuzz.resolve(CsvFuzz.name(name))).notSure())
          .as(name)
          .isNotNull();
    }
    // the sample's UTF-8 CSV files (with their truncated lines) take the SQL path
    assertThat(sampleCsv.interfaceFiles()).isNotEmpty().allMatch(f -> sure(f));
  }

  /** Whether bytes are valid UTF-8 (a GB18030 export of Chinese text is not). */
  private static boolean utf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean sure(Path f) {
    try {
      return sqlPathCsv(f);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstJsonLine() throws Exception {
    for (Path f : sample.interfaceFiles()) {
      if (f.getFileName().toString().endsWith(".jsonl")) {
        try (Stream<String> lines = Files.lines(f)) {
          return lines.findFirst().orElseThrow();
        }
      }
    }
    throw new IllegalStateException("the sample has no JSON-lines file");
  }

  /**
   * A row's line after blank lines comes from a CASE for a few of them and from an ASOF join for
   * many: with the join forced, the SQL path loads the same as with the CASE.
   */
  @Test
  void aRowsLineIsTheSameFromTheJoinAsFromTheCase() throws Exception {
    boolean blankLines = false;
    for (Path input : inputs()) {
      try (var files = Files.walk(input)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text =
              new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
          blankLines |= text.contains("\n\n") || text.contains("\n\r\n");
        }
      }
    }
    assertThat(blankLines).as("the inputs have blank lines, so rows have gaps").isTrue();
    Loaded inline = load("sql-case", false, "interfaces", dir.resolve("gen/reference"), inputs());
    int before = SqlIngest.inlineGaps;
    Loaded joined;
    try {
      SqlIngest.inlineGaps = 0;
      joined = load("sql-asof", false, "interfaces", dir.resolve("gen/reference"), inputs());
    } finally {
      SqlIngest.inlineGaps = before;
    }
    assertThat(joined.batches()).isEqualTo(inline.batches());
    assertThat(joined.rejects()).isEqualTo(inline.rejects());
    assertThat(joined.tables()).isEqualTo(inline.tables());
  }

  /**
   * A file longer than one of DuckDB's row groups (122,880 rows), so that its staged rows are
   * stored in several, with a bad line, a bad code and a repeated key past the first group: both
   * paths load it the same. (A temporary table standing in for the staging table once joined as
   * empty past one row group, which no smaller file showed: docs/benchmarks.md.)
   */
  @Test
  void aFileLongerThanOneRowGroupLoadsTheSameOnBothPaths() throws Exception {
    String template = firstJsonLine();
    Matcher id = Pattern.compile("\"exchange_id\":\"([^\"]+)\"").matcher(template);
    assertThat(id.find()).isTrue();
    assertThat(template).contains("\"status\":\"SUCCESS\"");
    Path big = Files.createDirectories(dir.resolve("big-input"));
    int lines = 130_000;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      int key = i == 125_000 ? i - 1 : i; // line 125,001 repeats the key of the line before
      String line =
          template.replace(id.group(), "\"exchange_id\":\"" + id.group(1) + "-" + key + "\"");
      if (i == 127_000) {
        line = "{\"org_code\": ";
      } else if (i == 128_000) {
        line = line.replace("\"status\":\"SUCCESS\"", "\"status\":\"MAYBE\"");
      }
      text.append(line).append('\n');
    }
    Path file = Files.writeString(big.resolve("interface_exchanges_big.jsonl"), text);

    Loaded sql = load("big-sql", false, "interfaces", dir.resolve("gen/reference"), List.of(file));
    Loaded java = load("big-java", true, "interfaces", dir.resolve("gen/reference"), List.of(file));

    assertThat(sql.jobs()).as("the SQL path loaded it").isZero();
    assertThat(java.jobs()).isEqualTo(1);
    assertThat(sql.batches()).isEqualTo(java.batches());
    assertThat(sql.batches().stream().filter(b -> b.contains("interface_exchanges_big.jsonl")))
        .singleElement()
        .asString()
        .contains("\t" + lines + "\t" + (lines - 3) + "\t3\t");
    assertThat(sql.rejects()).isEqualTo(java.rejects());
    assertThat(
            sql.rejects().stream()
                .filter(r -> r.split("\t")[1].equals("interface_exchanges_big.jsonl"))
                .map(r -> r.split("\t")[2] + " " + r.split("\t")[5]))
        .containsExactly("125001 DUPLICATE_KEY", "127001 MALFORMED_JSON", "128001 BAD_CODE");
    assertThat(sql.tables().keySet()).isEqualTo(java.tables().keySet());
    for (String table : java.tables().keySet()) {
      assertThat(sql.tables().get(table)).as(table).hasSameSizeAs(java.tables().get(table));
      assertThat(sql.tables().get(table).equals(java.tables().get(table))).as(table).isTrue();
    }
    assertThat(sql.tables().get("interface_exchanges")).hasSize(lines - 3);
  }

  @Test
  void bothPathsLoadTheSameRowsAndRejectTheSameLines() throws Exception {
    Loaded sql = load("sql", false, "interfaces", dir.resolve("gen/reference"), inputs());
    Loaded java = load("java", true, "interfaces", dir.resolve("gen/reference"), inputs());

    // the SQL path ran: no ingest job for the files it loaded (only for GB18030, a BOM, a lone CR,
    // a CSV file DuckDB cannot cut as ours or without a required column); at least the sample's
    // JSON-lines and UTF-8 CSV files, the two plain JSON fuzz files and six CSV fuzz files
    assertThat(java.jobs()).isEqualTo(java.files());
    assertThat(sql.jobs()).isEqualTo(java.jobs() - sqlPathFiles());
    assertThat(sqlPathFiles()).isGreaterThanOrEqualTo(6 + 6 + sampleCsv.interfaceFiles().size());

    assertThat(sql.batches()).isEqualTo(java.batches());
    assertThat(sql.rejects()).hasSameSizeAs(java.rejects());
    for (int i = 0; i < java.rejects().size(); i++) {
      assertThat(sql.rejects().get(i)).as("reject %d", i).isEqualTo(java.rejects().get(i));
    }
    assertThat(sql.tables().keySet()).isEqualTo(java.tables().keySet());
    for (String table : java.tables().keySet()) {
      List<String> a = sql.tables().get(table);
      List<String> b = java.tables().get(table);
      assertThat(a).as(table).hasSameSizeAs(b);
      for (int i = 0; i < b.size(); i++) {
        assertThat(a.get(i)).as(table + " row " + i).isEqualTo(b.get(i));
      }
    }
    // every reason code of the kind shows up, and the fuzz lines reached both rules
    assertThat(java.rejects().stream().map(r -> r.split("\t")[5]).distinct())
        .contains(
            "MALFORMED_JSON",
            "MALFORMED_CSV",
            "COLUMN_COUNT",
            "BAD_ENCODING",
            "UNKNOWN_HOSPITAL",
            "UNKNOWN_INTERFACE",
            "BAD_TIMESTAMP",
            "BAD_CODE",
            "MISSING_VALUE",
            "INCONSISTENT",
            "DUPLICATE_KEY",
            "BAD_FORMAT",
            "BAD_NUMBER");
    // no personal data planted in the corpus appears in any reject message
    assertThat(java.rejects()).noneMatch(r -> r.split("\t")[6].contains(Fuzz.PERSONAL));
    // a rerun loads nothing twice
    assertThat(sql.rerunLoaded()).isZero();
  }

  /** What a load left: each table's rows, the rejects and the batches, as text. */
  record Loaded(
      Map<String, List<String>> tables,
      List<String> rejects,
      List<String> batches,
      int jobs,
      int files,
      long rerunLoaded) {}

  private Loaded load(
      String name, boolean javaOnly, String domain, Path reference, List<Path> inputs)
      throws Exception {
    Path data = dir.resolve(name);
    Path file = data.resolve("warehouse.duckdb");
    Files.createDirectories(data);
    int jobs;
    long rerun = 0;
    try (Warehouse w = DuckDbWarehouse.open(file);
        BatchRuntime batch = BatchRuntime.start(w, data, ProgressSink.silent(), Map.of())) {
      IngestService service = IngestService.on(batch, w, data.resolve("rejects"));
      if (javaOnly) {
        service = service.javaPathOnly();
      }
      service.ingestAll(
          "reference",
          IngestService.expand("reference", List.of(reference)),
          null,
          data.resolve("rejects"));
      service.ingestAll(domain, inputs, null, data.resolve("rejects"));
      jobs =
          batch
              .bean(JobRepository.class)
              .getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 10_000)
              .size();
      for (var o : service.ingestAll(domain, inputs, null, data.resolve("rejects"))) {
        rerun += o.kind() == IngestOutcome.Kind.LOADED ? 1 : 0;
      }
      int referenceJobs = IngestService.expand("reference", List.of(reference)).size();
      Map<String, List<String>> tables = new LinkedHashMap<>();
      for (Object[] t :
          w.query(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
                      + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('load_batches',"
                      + " 'rejects', 'schema_migrations') ORDER BY table_name",
                  Map.of())
              .rows()) {
        tables.put((String) t[0], rows(w, "SELECT * FROM " + t[0]));
      }
      return new Loaded(
          tables,
          rows(
              w,
              "SELECT batch_id, source_file, line_no, field, value, reason_code, message, raw_line"
                  + " FROM rejects"),
          rows(
              w,
              "SELECT batch_id, domain, file_kind, source_path, encoding, status, rows_read, rows_loaded,"
                  + " rows_rejected, message, reject_file FROM load_batches"),
          jobs - referenceJobs,
          inputs.size(),
          rerun);
    }
  }

  /** A query's rows as tab-separated text, sorted. */
  private static List<String> rows(Warehouse w, String sql) {
    List<String> out = new ArrayList<>();
    for (Object[] r : w.query(sql, Map.of()).rows()) {
      StringBuilder sb = new StringBuilder();
      for (Object v : r) {
        sb.append(sb.isEmpty() ? "" : "\t").append(String.valueOf(v));
      }
      out.add(sb.toString());
    }
    out.sort(null);
    return out;
  }

  /** The fuzz corpus: deterministic, written from one good line of the sample. */
  static final class Fuzz {
    /** A text shaped like personal data, planted in free-text members. */
    static final String PERSONAL = "110101199003071234";

    private final List<byte[]> lines = new ArrayList<>();
    private final String org;
    private final String iface;
    private int n;

    private Fuzz(String template) {
      this.org = member(template, "org_code");
      this.iface = member(template, "interface_id");
    }

    private static String member(String line, String name) {
      Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(line);
      if (!m.find()) {
        throw new IllegalStateException(name + " not in " + line);
      }
      return m.group(1);
    }

    static void write(Path dir, String template) throws Exception {
      Fuzz f = new Fuzz(template);
      f.main();
      f.save(dir.resolve("interface_exchanges_fuzz.jsonl"), "\n", StandardCharsets.UTF_8, false);
      Fuzz crlf = new Fuzz(template);
      crlf.n = 5000;
      crlf.some();
      crlf.save(
          dir.resolve("interface_exchanges_fuzz_crlf.ndjson"),
          "\r\n",
          StandardCharsets.UTF_8,
          false);
      Fuzz cr = new Fuzz(template);
      cr.n = 6000;
      cr.some();
      cr.save(
          dir.resolve("interface_exchanges_fuzz_cr.jsonl"), "\r", StandardCharsets.UTF_8, false);
      Fuzz bom = new Fuzz(template);
      bom.n = 7000;
      bom.some();
      bom.save(
          dir.resolve("interface_exchanges_fuzz_bom.jsonl"), "\n", StandardCharsets.UTF_8, true);
      Fuzz gbk = new Fuzz(template);
      gbk.n = 8000;
      gbk.some();
      gbk.save(
          dir.resolve("interface_exchanges_fuzz_gbk.jsonl"),
          "\n",
          Charset.forName("GB18030"),
          false);
    }

    private void save(Path file, String eol, Charset charset, boolean bom) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      for (byte[] line : lines) {
        out.write(
            charset.equals(StandardCharsets.UTF_8)
                ? line
                : new String(line, StandardCharsets.UTF_8).getBytes(charset));
        out.write(eol.getBytes(StandardCharsets.US_ASCII));
      }
      Files.write(file, out.toByteArray());
    }

    /** A good record's members as raw JSON, in file order. */
    private Map<String, String> good() {
      n++;
      long day = n % 28 + 1;
      Map<String, String> m = new LinkedHashMap<>();
      m.put("org_code", q(org));
      m.put("exchange_id", q("FZ-" + n));
      m.put("interface_id", q(iface));
      m.put("message_type", q("产前检查"));
      m.put("business_key", q("BK" + n));
      m.put("business_time", q(String.format("2026-10-%02d 08:00:00", day)));
      m.put("sent_at", q(String.format("2026-10-%02d 09:00:00.250", day)));
      m.put("received_at", q(String.format("2026-10-%02d 09:00:00.500", day)));
      m.put("acked_at", q(String.format("2026-10-%02d 09:00:01.750", day)));
      m.put("status", q("SUCCESS"));
      m.put("retries", "0");
      m.put("record_count", "12");
      m.put("payload_bytes", "2048");
      return m;
    }

    private static String q(String s) {
      return "\"" + s + "\"";
    }

    private void add(Map<String, String> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
      add(sb.append('}').toString());
    }

    private void add(String line) {
      lines.add(line.getBytes(StandardCharsets.UTF_8));
    }

    private void with(String member, String raw) {
      Map<String, String> m = good();
      if (raw == null) {
        m.remove(member);
      } else {
        m.put(member, raw);
      }
      add(m);
    }

    /** A few good and bad lines, for the files in other encodings and line ends. */
    private void some() {
      add(good());
      with("retries", "-1");
      with("message_type", q("中文 " + PERSONAL));
      add(good());
      with("status", q("OK"));
      add(good());
    }

    private void main() {
      for (int i = 0; i < 5; i++) {
        add(good());
      }
      // timestamps: every documented form, and the edges
      for (String t :
          List.of(
              "2026-10-03 09:00",
              "2026/10/03 09:00:00",
              "2026/10/03 09:00:00.123",
              "2026-10-03T09:00:00",
              "2026-10-03T09:00:00+08:00",
              "2026-10-03T09:00:00.5+0800",
              "2026-10-03T01:00:00Z",
              "2026-10-03T09:00:00-05:00",
              "2026-10-03 09:00:00.123456789",
              "2026-10-03 09:00:00.1234567",
              "2026-10-03 09:00:00.123456",
              "2026-10-03T09:00",
              "2026-10-03T09:00+08:00",
              "2026/10/03T09:00:00",
              "2026-13-03 09:00:00",
              "2026-02-30 09:00:00",
              "2026-10-03 24:00:00",
              "2026-10-03 23:59:60",
              "9999-12-31 23:59:59",
              "1999-12-31 23:59:59",
              "2100-01-01 00:00:00",
              "2099-12-31 23:59:59",
              "2000-01-01 00:00:00",
              "2026-10-3 09:00:00",
              "2026-10-03 9:00:00",
              "20261003 090000",
              "2026-10-03 09:00:00.",
              "")) {
        Map<String, String> m = good();
        m.put("sent_at", q(t));
        m.put("business_time", q("2000-01-01 00:00:00"));
        m.remove("acked_at");
        add(m);
      }
      // codes, required members, conditional requirement
      with("status", q("OK"));
      with("status", q("success"));
      with("status", null);
      with("status", "null");
      with("status", q(""));
      with("status", q("   "));
      Map<String, String> failed = good();
      failed.put("status", q("FAILED"));
      add(failed);
      failed = good();
      failed.put("status", q("FAILED"));
      failed.put("error_cause", q("TIMEOUT"));
      failed.put("error_code", q("E504"));
      failed.put("error_message", q("对方系统超时，" + PERSONAL));
      add(failed);
      failed = good();
      failed.put("status", q("FAILED"));
      failed.put("error_cause", q("NOPE"));
      add(failed);
      with("error_cause", q("TIMEOUT"));
      with("org_code", null);
      with("org_code", q("999999999"));
      with("interface_id", q(iface + "-OLD"));
      with("interface_id", q("bad id"));
      with("exchange_id", q("FZ " + n));
      with("exchange_id", q("X".repeat(64)));
      with("exchange_id", q("X".repeat(65)));
      with("exchange_id", q("FZ-中"));
      with("sent_at", null);
      // lengths
      with("message_type", q("M".repeat(64)));
      with("message_type", q("M".repeat(65)));
      with("message_type", q("中".repeat(22)));
      with("message_type", q("中".repeat(64)));
      with("message_type", q("中".repeat(65)));
      with("message_type", q("😀".repeat(32)));
      with("message_type", q("😀".repeat(33)));
      with("error_message", q("错".repeat(2000)));
      with("error_message", q("错".repeat(2001)));
      with("error_code", q("C".repeat(33)));
      with("business_key", q("K".repeat(128)));
      // numbers
      for (String v :
          List.of(
              "-1",
              "1001",
              "1000",
              "0",
              "-0",
              "3.0",
              "1e2",
              "1E2",
              "\"+5\"",
              "\"007\"",
              "\"5\"",
              "\" 5\"",
              "12345678901234567890",
              "true",
              "false",
              "null",
              "\"\"",
              "2147483648",
              "-2147483649",
              "1.5")) {
        with("retries", v);
      }
      for (String v : List.of("1099511627776", "1099511627777", "-5", "\"1099511627776\"", "0")) {
        with("payload_bytes", v);
      }
      with("record_count", "10000000");
      with("record_count", "10000001");
      // times out of order
      Map<String, String> m = good();
      m.put("acked_at", q("2026-10-01 08:59:59.999"));
      m.put("sent_at", q("2026-10-01 09:00:00"));
      add(m);
      m = good();
      m.put("acked_at", q("2026-10-01 09:00:00"));
      m.put("sent_at", q("2026-10-01 09:00:00"));
      add(m);
      m = good();
      m.put("business_time", q("2026-10-01 09:05:00"));
      m.put("sent_at", q("2026-10-01 09:00:00"));
      m.remove("acked_at");
      add(m);
      m = good();
      m.put("business_time", q("2026-10-01 09:05:00.001"));
      m.put("sent_at", q("2026-10-01 09:00:00"));
      m.remove("acked_at");
      add(m);
      m = good();
      m.put("sent_at", q("2026-10-01 09:00:00.0004"));
      m.put("acked_at", q("2026-10-01 09:00:00.0016"));
      add(m);
      // several problems at once
      m = good();
      m.put("status", q("OK"));
      m.put("retries", "-3");
      m.put("sent_at", q("2026-13-01 00:00:00"));
      m.put("org_code", q("999999999"));
      add(m);
      // text values: booleans, padding, escapes, control characters
      with("message_type", "true");
      with("message_type", "12");
      with("message_type", "3.50");
      with("message_type", q(" 两端空格 "));
      with("message_type", q("\u3000全角空格"));
      with("message_type", q("不换行空格\u00a0"));
      with("message_type", q("末尾\t"));
      with("message_type", q("转义\\\"引号\\\""));
      with("message_type", q("\\u4e2d\\u6587"));
      with("message_type", q("斜杠\\/"));
      with("message_type", q("换行\\n中间"));
      with("message_type", q("空字符\\u0000中间"));
      with("message_type", q("孤立\\ud800代理"));
      with("message_type", q("错误转义\\x"));
      with("message_type", q("制表\t在中间"));
      with("message_type", q("😀表情"));
      with("business_key", q(" "));
      // member names: repeated, Chinese aliases, other case, unknown, nested
      add(
          "{\"org_code\":\""
              + org
              + "\",\"org_code\":\""
              + org
              + "\",\"exchange_id\":\"FZ-D1\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\"}");
      add(
          "{\"org_code\":\""
              + org
              + "\",\"exchange_id\":\"FZ-D2\",\"exchange_id\":\"FZ-D3\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\"}");
      add(
          "{\"机构代码\":\""
              + org
              + "\",\"交换流水号\":\"FZ-A1\",\"接口编码\":\""
              + iface
              + "\",\"发送时间\":\"2026-10-01 09:00:00\",\"状态\":\"SUCCESS\",\"重试次数\":2}");
      add(
          "{\"org_code\":\""
              + org
              + "\",\"机构代码\":\""
              + org
              + "\",\"exchange_id\":\"FZ-A2\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\"}");
      add(
          "{\"ORG_CODE\":\""
              + org
              + "\",\"exchange_id\":\"FZ-A3\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\"}");
      add(
          "{\"org_code\":\""
              + org
              + "\",\"exchange_id\":\"FZ-U1\",\"extra\":{\"a\":[1,2,{\"b\":null}]},\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\",\"note\":\"x\"}");
      add(
          "{\"org_code\":\""
              + org
              + "\",\"exchange_id\":\"FZ-U2\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\",\"note\":1.5e3,\"x\":true}");
      add(
          " { \"org_code\" : \""
              + org
              + "\" , \"exchange_id\":\t\"FZ-W1\",\"interface_id\":\""
              + iface
              + "\",\"sent_at\":\"2026-10-01 09:00:00\",\"status\":\"SUCCESS\" }  ");
      with("retries", "{\"a\":1}");
      with("retries", "[1]");
      // malformed lines
      String g = goodText();
      add(g.substring(0, g.length() / 2));
      add(g.substring(0, g.length() - 1) + ",}");
      add(g + g);
      add(g + " x");
      add("[" + g + "]");
      add("garbage");
      add("{}");
      add("{\"org_code\":NaN}");
      with("retries", "NaN");
      with("retries", "Infinity");
      with("retries", "01");
      with("retries", "+1");
      with("retries", ".5");
      with("retries", "tru");
      add("{'org_code':'" + org + "'}");
      // blank and white-space-only lines
      add("");
      add("   ");
      add("\t");
      add(good());
      add("");
      add("");
      add(good());
      // invalid UTF-8
      byte[] bad = goodText().replace("产前检查", "ABCD").getBytes(StandardCharsets.UTF_8);
      int at = new String(bad, StandardCharsets.ISO_8859_1).indexOf("ABCD");
      bad[at] = (byte) 0xFF;
      bad[at + 1] = (byte) 0xC0;
      lines.add(bad);
      // a very long line
      with("error_message", q("长".repeat(40_000)));
      with("note", q("x".repeat(120_000)));
      // repeated keys in one file: the first and later lines, SQL-sure or not
      m = good();
      m.put("exchange_id", q("FZ-DUP"));
      add(m);
      m = good();
      m.put("exchange_id", q("FZ-DUP"));
      add(m);
      m = good();
      m.put("exchange_id", q("FZ-DUP"));
      m.put("message_type", q("转义\\n"));
      add(m);
      m = good();
      m.put("exchange_id", q("FZ-DUP2"));
      m.put("message_type", q(" 前导空格"));
      add(m);
      m = good();
      m.put("exchange_id", q("FZ-DUP2"));
      add(m);
      // deterministic noise: good lines with one member replaced by a value from the pools
      String[] members = {
        "org_code", "exchange_id", "interface_id", "message_type", "business_key", "business_time",
        "sent_at", "received_at", "acked_at", "status", "error_cause", "error_code",
        "error_message", "retries", "record_count", "payload_bytes"
      };
      String[] values = {
        "null",
        "\"\"",
        "\" x\"",
        "0",
        "-0",
        "7",
        "1e3",
        "true",
        "\"2026-10-01 09:00:00\"",
        "\"FAILED\"",
        "\"TIMEOUT\"",
        "\"中文\"",
        "\"a\\\"b\"",
        "\"" + org + "\"",
        "\"" + iface + "\"",
        "123456789012345678901"
      };
      java.util.Random r = new java.util.Random(21);
      for (int i = 0; i < 400; i++) {
        m = good();
        m.put(members[r.nextInt(members.length)], values[r.nextInt(values.length)]);
        if (r.nextInt(4) == 0) {
          m.put(members[r.nextInt(members.length)], values[r.nextInt(values.length)]);
        }
        add(m);
      }
      assertThat(lines).allMatch(l -> !Arrays.equals(l, new byte[] {'\r'}));
    }

    private String goodText() {
      Map<String, String> m = good();
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
      return sb.append('}').toString();
    }
  }

  /**
   * A CSV file of one kind built record by record: the header, records as maps by column name
   * written in the header's order (aliases and upper case as {@code HeaderMap} maps them), and raw
   * byte lines; saved with a line end, a charset and an optional BOM.
   */
  abstract static class CsvCorpus {
    final List<String> lines = new ArrayList<>();
    final List<byte[]> raw = new ArrayList<>();
    private final String[] columns;
    private final String[] aliases;
    String[] header;
    int n;

    CsvCorpus(String[] columns, String[] aliases, int first) {
      this.columns = columns;
      this.aliases = aliases;
      this.header = columns;
      this.n = first;
    }

    /** A good record of the kind, by column name (each a new key). */
    abstract Map<String, String> good();

    void head() {
      lines.add(String.join(",", header));
    }

    void save(Path file, String eol, Charset charset, boolean bom) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      int r = 0;
      for (String line : lines) {
        out.write(line == null ? raw.get(r++) : line.getBytes(charset));
        out.write(eol.getBytes(StandardCharsets.US_ASCII));
      }
      Files.write(file, out.toByteArray());
    }

    /** A record's line in the header's order (aliases and upper case mapped as HeaderMap maps). */
    String text(Map<String, String> m) {
      List<String> out = new ArrayList<>();
      for (String h : header) {
        String c = h.strip().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < aliases.length; i++) {
          if (aliases[i].equals(h.strip())) {
            c = columns[i];
          }
        }
        out.add(m.getOrDefault(c, c.equals("备注") ? "备注" + n : ""));
      }
      return String.join(",", out);
    }

    void row(Map<String, String> m) {
      lines.add(text(m));
    }

    void row(Map<String, String> m, Map<String, String> changes) {
      m.putAll(changes);
      row(m);
    }

    void with(String column, String value) {
      row(good(), Map.of(column, value));
    }
  }

  /** The CSV fuzz corpus: deterministic, written from one good line of the sample. */
  static final class CsvFuzz extends CsvCorpus {
    static final String[] COLUMNS = {
      "org_code",
      "exchange_id",
      "interface_id",
      "message_type",
      "business_key",
      "business_time",
      "sent_at",
      "received_at",
      "acked_at",
      "status",
      "error_cause",
      "error_code",
      "error_message",
      "retries",
      "record_count",
      "payload_bytes"
    };
    static final String[] ALIASES = {
      "机构代码", "交换流水号", "接口编码", "消息类型", "业务主键", "业务发生时间", "发送时间", "接收时间", "应答时间", "状态", "失败原因",
      "错误代码", "错误信息", "重试次数", "记录数", "报文字节数"
    };

    private final String org;
    private final String iface;

    private CsvFuzz(String template, int first) {
      super(COLUMNS, ALIASES, first);
      this.org = Fuzz.member(template, "org_code");
      this.iface = Fuzz.member(template, "interface_id");
    }

    static String name(String variant) {
      return "interface_exchanges_fuzz_" + variant + ".csv";
    }

    static void write(Path dir, String template) throws Exception {
      CsvFuzz rfc = new CsvFuzz(template, 10_000);
      rfc.head();
      rfc.rfc();
      rfc.save(dir.resolve(name("rfc")), "\n", StandardCharsets.UTF_8, false);
      CsvFuzz cut = new CsvFuzz(template, 20_000);
      cut.head();
      cut.rfc();
      cut.loose();
      cut.save(dir.resolve(name("cut")), "\n", StandardCharsets.UTF_8, false);
      CsvFuzz crlf = new CsvFuzz(template, 30_000);
      crlf.head();
      crlf.some();
      crlf.row(crlf.good(), Map.of("error_message", "\"两行\r\n文本\""));
      crlf.save(dir.resolve(name("crlf")), "\r\n", StandardCharsets.UTF_8, false);
      // Chinese and upper-case names, another order, an unknown column, optional columns missing
      CsvFuzz zh = new CsvFuzz(template, 40_000);
      zh.header =
          new String[] {
            "状态", "备注", "ORG_CODE", "交换流水号", "接口编码", "发送时间", " 应答时间 ", "重试次数", "消息类型", "失败原因"
          };
      zh.head();
      zh.some();
      zh.rfc();
      zh.save(dir.resolve(name("zh")), "\n", StandardCharsets.UTF_8, false);
      CsvFuzz quotedHeader = new CsvFuzz(template, 50_000);
      quotedHeader.lines.add(
          String.join(",", Arrays.stream(COLUMNS).map(c -> "\"" + c + "\"").toList()));
      quotedHeader.some();
      quotedHeader.save(dir.resolve(name("qheader")), "\n", StandardCharsets.UTF_8, false);
      // a repeated column: the first one counts
      CsvFuzz dup = new CsvFuzz(template, 60_000);
      dup.header = Arrays.copyOf(COLUMNS, COLUMNS.length + 1);
      dup.header[COLUMNS.length] = "status";
      dup.head();
      dup.some();
      dup.save(dir.resolve(name("dupcol")), "\n", StandardCharsets.UTF_8, false);
      // a required column missing: the file fails on both paths
      CsvFuzz missing = new CsvFuzz(template, 70_000);
      missing.header = Arrays.copyOfRange(COLUMNS, 1, COLUMNS.length);
      missing.head();
      missing.some();
      missing.save(dir.resolve(name("missing")), "\n", StandardCharsets.UTF_8, false);
      // what the SQL path leaves to the Java path
      CsvFuzz bad = new CsvFuzz(template, 80_000);
      bad.head();
      bad.some();
      byte[] b = (bad.text(bad.good()) + "ABCD").getBytes(StandardCharsets.UTF_8);
      b[b.length - 2] = (byte) 0xFF;
      bad.lines.add(null);
      bad.raw.add(b);
      bad.some();
      bad.save(dir.resolve(name("badutf8")), "\n", StandardCharsets.UTF_8, false);
      CsvFuzz cr = new CsvFuzz(template, 90_000);
      cr.head();
      cr.some();
      cr.save(dir.resolve(name("cr")), "\r", StandardCharsets.UTF_8, false);
      CsvFuzz mixed = new CsvFuzz(template, 100_000);
      mixed.head();
      mixed.some();
      mixed.lines.add(mixed.text(mixed.good()) + "\r");
      mixed.some();
      mixed.save(dir.resolve(name("mixed")), "\n", StandardCharsets.UTF_8, false);
      CsvFuzz bom = new CsvFuzz(template, 110_000);
      bom.head();
      bom.some();
      bom.rfc();
      bom.save(dir.resolve(name("bom")), "\n", StandardCharsets.UTF_8, true);
      CsvFuzz gbk = new CsvFuzz(template, 120_000);
      gbk.header = ALIASES;
      gbk.head();
      gbk.some();
      gbk.save(dir.resolve(name("gbk")), "\n", Charset.forName("GB18030"), false);
    }

    /** A good record's fields as CSV text, by column name. */
    @Override
    Map<String, String> good() {
      n++;
      long day = n % 28 + 1;
      Map<String, String> m = new LinkedHashMap<>();
      m.put("org_code", org);
      m.put("exchange_id", "FC-" + n);
      m.put("interface_id", iface);
      m.put("message_type", "产前检查");
      m.put("business_key", "BK" + n);
      m.put("business_time", String.format("2026-10-%02d 08:00:00", day));
      m.put("sent_at", String.format("2026-10-%02d 09:00:00.250", day));
      m.put("received_at", String.format("2026-10-%02d 09:00:00.500", day));
      m.put("acked_at", String.format("2026-10-%02d 09:00:01.750", day));
      m.put("status", "SUCCESS");
      m.put("retries", "0");
      m.put("record_count", "12");
      m.put("payload_bytes", "2048");
      return m;
    }

    /** A few good and bad records, for the files in other encodings, line ends and headers. */
    private void some() {
      row(good());
      with("retries", "-1");
      with("message_type", "中文 " + Fuzz.PERSONAL);
      row(good());
      with("status", "OK");
      with("error_message", "\"含逗号, 和\"\"引号\"\"\"");
      row(good());
    }

    /** Strict RFC 4180 records only, good and bad: DuckDB reads them with quotes. */
    private void rfc() {
      for (int i = 0; i < 5; i++) {
        row(good());
      }
      // every reason code of the kind a strict record can carry
      with("sent_at", "2026-13-03 09:00:00");
      with("sent_at", "9999-12-31 23:59:59");
      with("sent_at", "2026-10-03T09:00:00+08:00");
      with("sent_at", "2026-10-03T01:00:00Z");
      with("sent_at", "2026/10/03 09:00");
      with("status", "success");
      with("status", "");
      row(good(), Map.of("status", "FAILED"));
      row(good(), Map.of("status", "FAILED", "error_cause", "TIMEOUT", "error_code", "E504"));
      row(good(), Map.of("status", "FAILED", "error_cause", "NOPE"));
      with("org_code", "");
      with("org_code", "999999999");
      with("interface_id", iface + "-OLD");
      with("interface_id", "bad id");
      with("exchange_id", "X".repeat(65));
      with("message_type", "M".repeat(65));
      with("message_type", "中".repeat(64));
      with("error_message", "错".repeat(2001));
      for (String v : List.of("-1", "1001", "1000", "+5", "007", "1e2", "3.0", "2147483648")) {
        with("retries", v);
      }
      with("payload_bytes", "1099511627777");
      row(good(), Map.of("acked_at", "2026-10-01 08:59:59.999", "sent_at", "2026-10-01 09:00:00"));
      row(
          good(),
          Map.of(
              "business_time", "2026-10-01 09:05:00.001",
              "sent_at", "2026-10-01 09:00:00",
              "acked_at", ""));
      row(good(), Map.of("exchange_id", "FC-DUP"));
      row(good(), Map.of("exchange_id", "FC-DUP"));
      // quotes: around plain text, commas, doubled quotes, empty, line breaks (kept whole)
      with("message_type", "\"引号\"");
      with("error_message", "\"含逗号, 文本\"");
      with("error_message", "\"含\"\"引号\"\"的文本\"");
      with("business_key", "\"\"");
      with("error_message", "\"第一行\n第二行\"");
      with("error_message", "\"空行\n\n之后\"");
      with("error_message", "\"" + "多行\n".repeat(5) + "\"");
      with("exchange_id", "\"FC-Q" + n + "\"");
      // padded, controls, formula-like values
      with("message_type", " 两端空格 ");
      with("message_type", "\" 引号内空格\"");
      with("message_type", "末尾\t");
      with("message_type", "制表\t在中间");
      with("message_type", "全角\u3000");
      with("message_type", "不换行空格\u00a0");
      with("retries", " 5");
      with("message_type", "=1+2");
      with("message_type", "+SUM(A1)");
      with("message_type", "-1");
      with("message_type", "@cmd");
      with("error_code", "=HYPERLINK(\"\"x\"\")".replace("\"\"", "'"));
      // ragged rows, empty and white-space lines
      lines.add(text(good()) + ",多出的字段");
      lines.add(text(good()).substring(0, text(good()).lastIndexOf(',')));
      lines.add("");
      lines.add("   ");
      lines.add(",,,");
      row(good());
      lines.add("");
      lines.add("");
      row(good());
      // a ragged record spanning lines: the Java reader cuts it; left for the loose corpus
      // an overlong record
      with("error_message", "\"" + "长".repeat(40_000) + "\"");
      // deterministic noise
      String[] values = {
        "",
        " x",
        "0",
        "-0",
        "7",
        "1e3",
        "true",
        "2026-10-01 09:00:00",
        "FAILED",
        "TIMEOUT",
        "中文",
        "\"a,b\"",
        "\"a\"\"b\"",
        org,
        iface,
        "123456789012345678901"
      };
      java.util.Random r = new java.util.Random(n);
      for (int i = 0; i < 300; i++) {
        Map<String, String> m = good();
        m.put(COLUMNS[r.nextInt(COLUMNS.length)], values[r.nextInt(values.length)]);
        if (r.nextInt(4) == 0) {
          m.put(COLUMNS[r.nextInt(COLUMNS.length)], values[r.nextInt(values.length)]);
        }
        row(m);
      }
    }

    /** Records the Java reader reads leniently or cuts: DuckDB reads the file line by line. */
    private void loose() {
      with("message_type", "中间\"引号");
      with("message_type", "\"结束引号\"后还有");
      with("message_type", "\"结束引号\" ");
      with("message_type", " \"前导空格\"");
      // an unclosed quote: only its line is rejected, the lines after it are records
      String g = text(good());
      lines.add(g.substring(0, g.indexOf("产前检查")) + "\"未闭合的引号");
      row(good());
      with("error_message", "\"引号, 在这里\"");
      row(good());
      // a quoted field spanning lines with a wrong field count: cut at its first line
      lines.add(text(good()) + ",\"多出\n的字段\"");
      row(good());
      // a record longer than the reader takes, spanning lines
      with("error_message", "\"" + ("长".repeat(250) + "\n").repeat(500) + "\"");
      row(good());
      // a quote left open to the end of the file
      lines.add(g.substring(0, g.indexOf("产前检查")) + "\"未闭合到文件末尾");
      for (int i = 0; i < 3; i++) {
        row(good());
      }
    }
  }

  /** The ticket event inputs: the sample's files, then the fuzz files. */
  private static List<Path> ticketInputs() {
    List<Path> all = new ArrayList<>(sampleTickets.ticketFiles());
    all.addAll(ticketFuzzFiles);
    return all;
  }

  private static int sqlPathTicketFiles() throws Exception {
    int n = 0;
    for (Path f : ticketInputs()) {
      n += sureTickets(f) ? 1 : 0;
    }
    return n;
  }

  private static boolean sureTickets(Path f) {
    try {
      return sqlPathCsv(f, new TicketEventsKind().columns());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTicketFuzzFilesAreReadAsIntended() throws Exception {
    for (String name : List.of("rfc", "crlf", "zh")) {
      CsvScreen.Result r =
          new CsvScreen().screen(dir.resolve("ticket-fuzz/" + TicketFuzz.name(name)));
      assertThat(r.notSure()).as(name).isNull();
      assertThat(r.reading().quoted()).as(name).isTrue();
      assertThat(r.reading().multiLine()).as(name).isTrue();
    }
    CsvScreen.Result cut =
        new CsvScreen().screen(dir.resolve("ticket-fuzz/" + TicketFuzz.name("cut")));
    assertThat(cut.notSure()).isNull();
    assertThat(cut.reading().quoted()).isFalse();
    assertThat(cut.reading().ragged()).isTrue();
    assertThat(
            new CsvScreen()
                .screen(dir.resolve("ticket-fuzz/" + TicketFuzz.name("badutf8")))
                .notSure())
        .isNotNull();
  }

  @Test
  void bothPathsLoadTheSameTicketEventsAndRejectTheSameLines() throws Exception {
    Path reference = dir.resolve("gen-tickets/reference");
    Loaded sql = load("tickets-sql", false, "tickets", reference, ticketInputs());
    Loaded java = load("tickets-java", true, "tickets", reference, ticketInputs());

    // the SQL path ran for every UTF-8 file without BOM it is sure of: the sample's own files in
    // UTF-8 and four fuzz files (rfc, cut, crlf, zh)
    assertThat(java.jobs()).isEqualTo(java.files());
    assertThat(sql.jobs()).isEqualTo(java.jobs() - sqlPathTicketFiles());
    assertThat(sqlPathTicketFiles()).isGreaterThanOrEqualTo(4 + 1);
    assertThat(sampleTickets.ticketFiles()).anyMatch(f -> sureTickets(f));
    for (String name : List.of("rfc", "cut", "crlf", "zh")) {
      assertThat(sureTickets(dir.resolve("ticket-fuzz/" + TicketFuzz.name(name))))
          .as(name)
          .isTrue();
    }

    assertThat(sql.batches()).isEqualTo(java.batches());
    assertThat(sql.rejects()).hasSameSizeAs(java.rejects());
    for (int i = 0; i < java.rejects().size(); i++) {
      assertThat(sql.rejects().get(i)).as("reject %d", i).isEqualTo(java.rejects().get(i));
    }
    assertThat(sql.tables().keySet()).isEqualTo(java.tables().keySet());
    assertThat(java.tables().get("ticket_events")).hasSizeGreaterThan(1000);
    for (String table : java.tables().keySet()) {
      List<String> a = sql.tables().get(table);
      List<String> b = java.tables().get(table);
      assertThat(a).as(table).hasSameSizeAs(b);
      for (int i = 0; i < b.size(); i++) {
        assertThat(a.get(i)).as(table + " row " + i).isEqualTo(b.get(i));
      }
    }
    // every reason code of the kind shows up
    assertThat(java.rejects().stream().map(r -> r.split("\t")[5]).distinct())
        .contains(
            "MALFORMED_CSV",
            "COLUMN_COUNT",
            "BAD_ENCODING",
            "UNKNOWN_HOSPITAL",
            "UNKNOWN_SYSTEM",
            "BAD_TIMESTAMP",
            "BAD_CODE",
            "MISSING_VALUE",
            "DUPLICATE_KEY",
            "BAD_FORMAT",
            "BAD_NUMBER");
    // the reporters' names and phones planted in the corpus are masked in every reject (a phone
    // typed as a ticket number is a key: a DUPLICATE_KEY reject quotes the key as it is)
    assertThat(java.rejects())
        .anyMatch(r -> r.contains("欧**"))
        .noneMatch(
            r ->
                r.contains(TicketFuzz.REPORTER)
                    || !r.contains("DUPLICATE_KEY") && r.contains(TicketFuzz.PHONE));
    assertThat(sql.rerunLoaded()).isZero();
  }

  /** The ticket event CSV fuzz corpus: deterministic, for one hospital and one of its systems. */
  static final class TicketFuzz extends CsvCorpus {
    static final String[] COLUMNS = {
      "org_code",
      "ticket_no",
      "seq",
      "event_type",
      "event_time",
      "severity",
      "channel",
      "system_code",
      "department",
      "category",
      "reporter",
      "reporter_phone",
      "engineer",
      "note"
    };

    /** A reporter's name and phone, personal data that no reject may show as written. */
    static final String REPORTER = "欧阳娜";

    static final String PHONE = "13812345678";

    private final String org;
    private final String system;

    private TicketFuzz(String org, String system, int first) {
      super(
          COLUMNS,
          new TicketEventsKind().columns().stream().map(ColumnDef::alias).toArray(String[]::new),
          first);
      this.org = org;
      this.system = system;
    }

    static String name(String variant) {
      return "ticket_events_fuzz_" + variant + ".csv";
    }

    static void write(Path dir, String org, String system) throws Exception {
      TicketFuzz rfc = new TicketFuzz(org, system, 10_000);
      rfc.head();
      rfc.rfc();
      rfc.save(dir.resolve(name("rfc")), "\n", StandardCharsets.UTF_8, false);
      TicketFuzz cut = new TicketFuzz(org, system, 20_000);
      cut.head();
      cut.rfc();
      cut.loose();
      cut.save(dir.resolve(name("cut")), "\n", StandardCharsets.UTF_8, false);
      TicketFuzz crlf = new TicketFuzz(org, system, 30_000);
      crlf.head();
      crlf.some();
      crlf.row(crlf.good(), Map.of("note", "\"两行\r\n说明\""));
      crlf.lines.add("");
      crlf.some();
      crlf.save(dir.resolve(name("crlf")), "\r\n", StandardCharsets.UTF_8, false);
      // Chinese and upper-case names, another order, an unknown column, optional columns missing
      TicketFuzz zh = new TicketFuzz(org, system, 40_000);
      zh.header =
          new String[] {
            "事件类型", "备注", "ORG_CODE", "工单号", "序号", "事件时间", " 故障级别 ", "报障渠道", "系统编码", "报告人", "说明"
          };
      zh.head();
      zh.some();
      zh.row(zh.good(), Map.of("note", "\"跨\n行\""));
      zh.save(dir.resolve(name("zh")), "\n", StandardCharsets.UTF_8, false);
      // a required column missing: the file fails on both paths
      TicketFuzz missing = new TicketFuzz(org, system, 50_000);
      missing.header = Arrays.copyOfRange(COLUMNS, 1, COLUMNS.length);
      missing.head();
      missing.some();
      missing.save(dir.resolve(name("missing")), "\n", StandardCharsets.UTF_8, false);
      // what the SQL path leaves to the Java path
      TicketFuzz bad = new TicketFuzz(org, system, 60_000);
      bad.head();
      bad.some();
      byte[] b = (bad.text(bad.good()) + "ABCD").getBytes(StandardCharsets.UTF_8);
      b[b.length - 2] = (byte) 0xFF;
      bad.lines.add(null);
      bad.raw.add(b);
      bad.some();
      bad.save(dir.resolve(name("badutf8")), "\n", StandardCharsets.UTF_8, false);
      TicketFuzz bom = new TicketFuzz(org, system, 70_000);
      bom.head();
      bom.some();
      bom.save(dir.resolve(name("bom")), "\n", StandardCharsets.UTF_8, true);
      TicketFuzz gbk = new TicketFuzz(org, system, 80_000);
      gbk.head();
      gbk.some();
      gbk.save(dir.resolve(name("gbk")), "\n", Charset.forName("GB18030"), false);
    }

    /** A good REPORTED event of a new ticket, by column name. */
    @Override
    Map<String, String> good() {
      n++;
      Map<String, String> m = new LinkedHashMap<>();
      m.put("org_code", org);
      m.put("ticket_no", "FT-" + n);
      m.put("seq", "1");
      m.put("event_type", "REPORTED");
      m.put("event_time", String.format("2026-10-%02d 09:%02d:00", n % 28 + 1, n % 60));
      m.put("severity", String.valueOf(n % 3 + 1));
      m.put("channel", "PHONE");
      m.put("system_code", system);
      m.put("department", "信息科");
      m.put("category", "CORRECTIVE");
      m.put("reporter", REPORTER);
      m.put("reporter_phone", PHONE);
      m.put("engineer", "周工");
      m.put("note", "无法打印 " + n);
      return m;
    }

    /** A later event of the last ticket: severity, channel and system not required. */
    private Map<String, String> later(String type, int seq) {
      Map<String, String> m = good();
      n--;
      m.put("ticket_no", "FT-" + n);
      m.put("seq", String.valueOf(seq));
      m.put("event_type", type);
      m.put("event_time", String.format("2026-10-%02d 10:%02d:00", n % 28 + 1, n % 60));
      m.put("severity", "");
      m.put("channel", "");
      m.put("system_code", "");
      m.put("category", "");
      return m;
    }

    /** A few good and bad records, for the files in other encodings, line ends and headers. */
    private void some() {
      row(good());
      row(later("ACKNOWLEDGED", 2));
      with("seq", "0");
      with("note", "回电 " + PHONE);
      with("channel", "FAX");
      with("reporter", "\"欧阳, 娜\"");
      row(good(), Map.of("severity", ""));
      row(good());
    }

    /** Strict RFC 4180 records only, good and bad: DuckDB reads them with quotes. */
    private void rfc() {
      for (int i = 0; i < 5; i++) {
        row(good());
        row(later("ACKNOWLEDGED", 2));
        row(later("RESOLVED", 3));
      }
      // every reason code a strict record can carry
      for (String c : COLUMNS) {
        with(c, "");
      }
      for (String c : List.of("severity", "channel", "system_code", "category")) {
        Map<String, String> m = later("ON_SITE", 4);
        m.put(c, "");
        row(m);
      }
      for (String v :
          List.of(
              "2026-13-03 09:00:00",
              "9999-12-31 23:59:59",
              "1900-01-01 00:00",
              "2026-02-29 10:00",
              "2026-10-03T09:00:00+08:00",
              "2026-10-03T01:00:00Z",
              "2026/10/03 09:00",
              "2026-10-03 09:00:00.1234567",
              "2026-10-03 24:00:00",
              "2026-10-03")) {
        with("event_time", v);
      }
      for (String v :
          List.of("0", "-1", "100001", "100000", "+5", "007", "1e2", "3.0", "2147483648", "九")) {
        with("seq", v);
      }
      with("event_type", "reported");
      with("event_type", "关闭");
      with("severity", "4");
      with("severity", "02");
      with("severity", "一级");
      with("channel", "FAX");
      with("category", "NOPE");
      with("ticket_no", "T 1");
      with("ticket_no", "X".repeat(41));
      with("ticket_no", "X".repeat(40));
      with("ticket_no", "工单1");
      with("ticket_no", "A_b-9");
      with("org_code", "999999999");
      with("system_code", "S-NOT-THERE");
      Map<String, String> other = later("ACKNOWLEDGED", 2);
      other.put("system_code", "S-NOT-THERE");
      row(other);
      row(good(), Map.of("org_code", "999999999", "system_code", "S-NOT-THERE"));
      with("note", "x".repeat(10_001));
      with("note", "x".repeat(10_000));
      with("reporter", "欧阳" + "娜".repeat(10_000));
      with("system_code", "S".repeat(10_001));
      with("department", "科".repeat(4_000));
      row(good(), Map.of("ticket_no", "FT-DUP"));
      row(good(), Map.of("ticket_no", "FT-DUP"));
      row(good(), Map.of("ticket_no", "FT-DUP", "note", "\"第三次\""));
      // quotes: around plain text, commas, doubled quotes, empty, line breaks (kept whole)
      with("department", "\"引号\"");
      with("note", "\"含逗号, 文本\"");
      with("note", "\"含\"\"引号\"\"的文本\"");
      with("engineer", "\"\"");
      with("note", "\"第一行\n第二行\"");
      with("note", "\"空行\n\n之后\"");
      with("note", "\"" + "多行\n".repeat(5) + "\"");
      with("ticket_no", "\"FT-Q" + n + "\"");
      with("reporter_phone", "\"138 1234 5678\"");
      // padded, controls, formula-like values
      with("department", " 两端空格 ");
      with("note", "\" 引号内空格\"");
      with("engineer", "末尾\t");
      with("note", "制表\t在中间");
      with("department", "全角\u3000");
      with("note", "不换行空格\u00a0");
      with("seq", " 5");
      with("event_type", "REPORTED ");
      with("ticket_no", " FT-PAD");
      with("org_code", org + " ");
      with("system_code", " " + system);
      with("note", "=1+2");
      with("note", "+SUM(A1)");
      with("department", "-1");
      with("engineer", "@cmd");
      // ragged rows, empty and white-space lines
      lines.add(text(good()) + ",多出的字段");
      String g = text(good());
      lines.add(g.substring(0, g.lastIndexOf(',')));
      lines.add("");
      lines.add("   ");
      lines.add(",,,");
      row(good());
      lines.add("");
      lines.add("");
      row(good());
      // deterministic noise
      String[] values = {
        "",
        " x",
        "0",
        "7",
        "100000",
        "1e3",
        "REPORTED",
        "ACKNOWLEDGED",
        "2026-10-01 09:00:00",
        "PHONE",
        "3",
        "中文",
        "\"a,b\"",
        "\"a\"\"b\"",
        org,
        system,
        PHONE
      };
      java.util.Random r = new java.util.Random(n);
      for (int i = 0; i < 300; i++) {
        Map<String, String> m = r.nextInt(3) == 0 ? later("PAUSED", 2 + r.nextInt(3)) : good();
        m.put(COLUMNS[r.nextInt(COLUMNS.length)], values[r.nextInt(values.length)]);
        if (r.nextInt(4) == 0) {
          m.put(COLUMNS[r.nextInt(COLUMNS.length)], values[r.nextInt(values.length)]);
        }
        row(m);
      }
    }

    /** Records the Java reader reads leniently or cuts: DuckDB reads the file line by line. */
    private void loose() {
      with("note", "中间\"引号");
      with("note", "\"结束引号\"后还有");
      with("department", " \"前导空格\"");
      // an unclosed quote: only its line is rejected, the lines after it are records
      String g = text(good());
      lines.add(g.substring(0, g.indexOf("无法打印")) + "\"未闭合的引号");
      row(good());
      with("note", "\"引号, 在这里\"");
      row(good());
      // a quoted field spanning lines with a wrong field count: cut at its first line
      lines.add(text(good()) + ",\"多出\n的字段\"");
      row(good());
      // a quote left open to the end of the file
      lines.add(g.substring(0, g.indexOf("无法打印")) + "\"未闭合到文件末尾");
      for (int i = 0; i < 3; i++) {
        row(good());
      }
    }
  }
}
