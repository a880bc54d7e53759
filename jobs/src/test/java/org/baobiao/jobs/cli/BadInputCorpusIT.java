package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the bad-input corpus ({@code src/test/resources/bad-input}, described in its README) on
 * every file format a case applies to, through the command line against a real DuckDB warehouse: no
 * case may hang (a timeout per case), no stack trace may reach the user, every file must be
 * recorded in {@code load_batches}, and nothing may be lost: the rows loaded and the lines rejected
 * add up to the records of the file.
 */
class BadInputCorpusIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  /**
   * A file format: its domain, file name and a good record with placeholders {@code {n}} (key),
   * {@code {text}} (a free-text value) and {@code {time}} (an event time, null when it has none).
   */
  record Format(String name, String domain, String file, String header, String row, String time) {
    boolean json() {
      return file.endsWith(".jsonl");
    }

    String row(int n, String text, String when) {
      return row.replace("{n}", String.valueOf(n))
          .replace("{n8}", String.format("%08d", n))
          .replace("{text}", text)
          .replace("{time}", when != null ? when : time != null ? time : "");
    }
  }

  static final List<Format> FORMATS =
      List.of(
          new Format(
              "reference",
              "reference",
              "hospitals_case.csv",
              "org_code,name,short_name,level,city,province",
              "H{n8},{text}{n},,三级甲等,阳江市,广东省",
              null),
          new Format(
              "tickets",
              "tickets",
              "ticket_events_case.csv",
              "org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,department,category,reporter,reporter_phone,engineer,note",
              "441700001,T{n},1,REPORTED,{time},3,PHONE,S01,信息科,CORRECTIVE,,,,{text}",
              "2026-10-08 09:00:00"),
          new Format(
              "activities",
              "activities",
              "activities_case.csv",
              "org_code,activity_id,activity_type,started_at,ended_at,contract_id,department,engineer,person_days,version,report_no,ticket_no,result,note",
              "441700001,A{n},INSPECTION,2026-01-12 08:30:00,{time},,信息科,黄工,,,XJBG-{n},,,{text}",
              "2026-01-12 13:30:00"),
          new Format(
              "interfaces-csv",
              "interfaces",
              "interface_exchanges_case.csv",
              "机构代码,交换流水号,接口编码,消息类型,业务主键,发送时间,应答时间,状态,失败原因,错误信息,重试次数",
              "441700001,L{n},HIS-LIS,检验申请,A{n},{time},,SUCCESS,,{text},0",
              "2026/10/01 08:10:00.000"),
          new Format(
              "interfaces-jsonl",
              "interfaces",
              "interface_exchanges_case.jsonl",
              "",
              "{\"org_code\":\"441700001\",\"exchange_id\":\"J{n}\",\"interface_id\":\"HIS-LIS\","
                  + "\"message_type\":\"检验申请\",\"sent_at\":\"{time}\",\"status\":\"SUCCESS\","
                  + "\"error_message\":\"{text}\"}",
              "2026-10-01 09:00:00"),
          new Format(
              "medrec",
              "medrec",
              "medrec_operations_440100002_case.csv",
              "org_code,record_no,admission_no,seq,operation_code,operation_name,operated_at,operation_level,surgeon,incision_class,healing_grade,anaesthesia_method,anaesthetist,elective",
              "440100002,S{n},1,1,47.0100,{text},{time},2,李明,Ⅱ类,甲,全身麻醉,赵强,2",
              "2026-07-03 09:00"),
          new Format(
              "blood",
              "blood",
              "blood_inventory_440100002_case.csv",
              "org_code,movement_id,bag_no,moved_at,movement,component,units,dept,reason",
              "440100002,M{n},B{n},{time},ISSUE,RBC,2.0,{text},",
              "2026-07-02 08:00:00"));

  private static final String TEXT = "中文说明";

  @TempDir static Path root;
  private static final Map<String, CliRunner> WAREHOUSES = new HashMap<>();

  static Path corpus() {
    try {
      return Path.of(BadInputCorpusIT.class.getResource("/bad-input").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(corpus())) {
      for (Path dir : dirs.sorted().toList()) {
        if (!Files.isRegularFile(dir.resolve("case.properties"))) {
          continue;
        }
        Properties p = properties(dir);
        String formats = p.getProperty("formats", "all");
        if (formats.equals("literal")) {
          all.add(Arguments.of(dir.getFileName().toString(), "literal"));
          continue;
        }
        for (Format f : FORMATS) {
          if (applies(formats, f.name())) {
            all.add(Arguments.of(dir.getFileName().toString(), f.name()));
          }
        }
      }
    }
    return all.stream();
  }

  private static boolean applies(String formats, String format) {
    if (formats.equals("all")) {
      return true;
    }
    if (formats.startsWith("all-but:")) {
      return !List.of(formats.substring(8).split(",")).contains(format);
    }
    return List.of(formats.split(",")).contains(format);
  }

  private static Properties properties(Path dir) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void everyCaseEndsWithItsResultWithoutHangStackTraceOrLoss(String name, String formatName)
      throws Exception {
    assertTimeoutPreemptively(TIMEOUT, () -> run(name, formatName), name + " hung");
  }

  private void run(String name, String formatName) throws Exception {
    Path dir = corpus().resolve(name);
    Properties p = properties(dir);
    Format format =
        formatName.equals("literal")
            ? new Format("literal", p.getProperty("domain"), p.getProperty("file"), "", "", null)
            : FORMATS.stream().filter(f -> f.name().equals(formatName)).findFirst().orElseThrow();
    CliRunner cli = warehouse(formatName);
    Path work = root.resolve("in").resolve(name + "-" + formatName);
    Files.createDirectories(work);
    List<Path> files = new ArrayList<>();
    List<Integer> records = new ArrayList<>();
    for (int k = 1; Files.exists(input(dir, k)); k++) {
      String template = Files.readString(input(dir, k), StandardCharsets.UTF_8);
      String fileName =
          k == 1 ? format.file() : format.file().replaceFirst("(\\.[a-z]+)$", "_" + k + "$1");
      Path file = work.resolve(fileName);
      Files.write(file, render(template, format, p, formatName.equals("literal")));
      if (p.getProperty("minBytes") != null) {
        assertThat(Files.size(file))
            .isGreaterThanOrEqualTo(Long.parseLong(p.getProperty("minBytes")));
      }
      files.add(file);
      records.add(records(template));
    }
    List<String> args = new ArrayList<>(List.of("ingest", "--domain", format.domain()));
    files.forEach(f -> args.add(f.toString()));
    CliRunner.Result r = cli.run(args.toArray(String[]::new));
    String output = r.out() + r.err();
    assertThat(r.err()).as(output).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.exitCode()).as(output).isEqualTo(Integer.parseInt(p.getProperty("exit")));
    try (Warehouse w = Warehouses.open("duckdb", cli.warehouse())) {
      assertThat(
              w.query("SELECT count(*) FROM load_batches WHERE status = 'RUNNING'", Map.of())
                  .single())
          .as("batches left running")
          .isEqualTo(0L);
      for (int k = 1; k <= files.size(); k++) {
        String at = k + ".";
        List<Object[]> batch =
            w.query(
                    "SELECT batch_id, status, rows_loaded, message FROM load_batches"
                        + " WHERE source_path = :path ORDER BY batch_id DESC LIMIT 1",
                    Map.of("path", files.get(k - 1).toString()))
                .rows();
        assertThat(batch).as("file %d recorded in load_batches; %s", k, output).hasSize(1);
        Object[] b = batch.get(0);
        assertThat(b[1])
            .as("status of file %d: %s", k, output)
            .isEqualTo(p.getProperty(at + "status"));
        if (p.getProperty(at + "message") != null) {
          assertThat((String) b[3]).contains(p.getProperty(at + "message"));
          assertThat(output).contains(p.getProperty(at + "message"));
        }
        if (!"LOADED".equals(b[1])) {
          continue;
        }
        TreeSet<String> rejects = new TreeSet<>();
        TreeSet<Long> rejectedLines = new TreeSet<>();
        for (Object[] x :
            w.query(
                    "SELECT DISTINCT line_no, reason_code FROM rejects WHERE batch_id = :id",
                    Map.of("id", b[0]))
                .rows()) {
          rejects.add(key(((Number) x[0]).longValue(), (String) x[1]));
          rejectedLines.add(((Number) x[0]).longValue());
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String e : p.getProperty(at + "rejects", "").split(",")) {
          if (!e.isBlank()) {
            String[] lr = e.strip().split(" ");
            String reason =
                lr[1].equals("MALFORMED")
                    ? (format.json() ? "MALFORMED_JSON" : "MALFORMED_CSV")
                    : lr[1];
            expected.add(key(Long.parseLong(lr[0]), reason));
          }
        }
        assertThat(rejects).as("rejects of file %d: %s", k, output).isEqualTo(expected);
        long loaded = ((Number) b[2]).longValue();
        assertThat(loaded)
            .as("rows loaded of file %d", k)
            .isEqualTo(Long.parseLong(p.getProperty(at + "loaded")));
        assertThat(loaded + rejectedLines.size())
            .as("rows loaded + lines rejected = records of file %d (nothing lost)", k)
            .isEqualTo(
                p.getProperty(at + "records") == null
                    ? records.get(k - 1)
                    : Integer.parseInt(p.getProperty(at + "records")));
      }
    }
  }

  private static String key(long line, String reason) {
    return String.format("%06d %s", line, reason);
  }

  private static Path input(Path dir, int k) {
    return dir.resolve(k == 1 ? "input.txt" : "input" + k + ".txt");
  }

  /** The records a template holds: its lines, less the header and empty lines. */
  private static int records(String template) {
    int n = 0;
    for (String line : template.split("\n", -1)) {
      Matcher range = ROWS.matcher(line);
      if (range.matches()) {
        n += Integer.parseInt(range.group(2)) - Integer.parseInt(range.group(1)) + 1;
      } else if (!line.isEmpty() && !line.contains("{header}") && !line.startsWith("{hex:")) {
        n++;
      }
    }
    return n;
  }

  private static CliRunner warehouse(String format) {
    synchronized (WAREHOUSES) {
      return WAREHOUSES.computeIfAbsent(
          format,
          f -> {
            CliRunner cli = new CliRunner(root.resolve("wh-" + f).resolve("warehouse.duckdb"));
            CliRunner.Result r =
                cli.run("ingest", "--domain", "reference", corpus().resolve("_setup").toString());
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
            return cli;
          });
    }
  }

  private static final Pattern ROWS = Pattern.compile("\\{rows:(\\d+)-(\\d+)\\}");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)(?::([^}]*))?\\}");

  /** The bytes of a file from its template, as the corpus README describes. */
  static byte[] render(String template, Format format, Properties p, boolean literal) {
    Charset cs = Charset.forName(p.getProperty("encoding", "UTF-8"));
    String lineEnd =
        switch (p.getProperty("lineEnd", "LF")) {
          case "CR" -> "\r";
          case "CRLF" -> "\r\n";
          default -> "\n";
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] lines = template.split("\n", -1);
    // a template ending in a line end has an empty last element
    int count = template.endsWith("\n") ? lines.length - 1 : lines.length;
    boolean first = true;
    for (int i = 0; i < count; i++) {
      if (!first) {
        out.writeBytes(lineEnd.getBytes(cs));
      }
      first = false;
      if (literal) {
        out.writeBytes(lines[i].getBytes(cs));
        continue;
      }
      Matcher range = ROWS.matcher(lines[i]);
      if (range.matches()) {
        int to = Integer.parseInt(range.group(2));
        for (int n = Integer.parseInt(range.group(1)); n <= to; n++) {
          out.writeBytes(format.row(n, TEXT, null).getBytes(cs));
          if (n < to) {
            out.writeBytes(lineEnd.getBytes(cs));
          }
        }
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(lines[i]);
      int last = 0;
      while (m.find()) {
        out.writeBytes(lines[i].substring(last, m.start()).getBytes(cs));
        out.writeBytes(placeholder(m.group(1), m.group(2), format, cs));
        last = m.end();
      }
      out.writeBytes(lines[i].substring(last).getBytes(cs));
    }
    if (template.endsWith("\n")) {
      out.writeBytes(lineEnd.getBytes(cs));
    }
    return out.toByteArray();
  }

  private static byte[] placeholder(String name, String arg, Format f, Charset cs) {
    return switch (name) {
      case "header" -> f.header().getBytes(cs);
      case "hex" -> {
        String[] hex = arg.trim().split("\\s+");
        byte[] b = new byte[hex.length];
        for (int k = 0; k < hex.length; k++) {
          b[k] = (byte) Integer.parseInt(hex[k], 16);
        }
        yield b;
      }
      case "row" -> f.row(n(arg), TEXT, null).getBytes(cs);
      case "row-gbk" -> f.row(n(arg), TEXT, null).getBytes(Charset.forName("GB18030"));
      case "row-utf8" -> f.row(n(arg), TEXT, null).getBytes(StandardCharsets.UTF_8);
      case "row-long" -> f.row(n(arg), "长".repeat(1_000_000), null).getBytes(cs);
      case "row-open" -> f.row(n(arg), "\"未闭合的引号", null).getBytes(cs);
      case "row-9999" -> f.row(n(arg), TEXT, "9999-12-31 23:59:59").getBytes(cs);
      case "row-deep" ->
          f.row(n(arg), TEXT, null)
              .replaceFirst("^\\{", "{\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + ",")
              .getBytes(cs);
      case "row-cut" -> {
        byte[] row = f.row(n(arg), TEXT, null).getBytes(StandardCharsets.UTF_8);
        byte[] cut = "中".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(row, row.length + cut.length - 1);
        System.arraycopy(cut, 0, all, row.length, cut.length - 1);
        yield all;
      }
      default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
    };
  }

  private static int n(String arg) {
    return Integer.parseInt(arg.trim());
  }
}
