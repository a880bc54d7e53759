package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dirty medrec, blood and tickets load: every rejects file, every stored reject (value, message,
 * raw line), every load batch message and all console output is scanned for the patients' ID
 * numbers, mobile numbers and names and the ticket reporters' names and phones; none may appear
 * unmasked. A cost of 20 digits, which the warehouse cannot store, is one reject and the rest of
 * the file loads.
 */
class PersonalDataInRejectsIT {
  private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  @TempDir Path dir;

  @Test
  void noRejectFileStoredLineOrMessageHoldsAnUnmaskedPersonalValue() throws IOException {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path medrecIn = Fixtures.copy("medrec-qc/october/input", dir.resolve("medrec-in"));
    Path bloodIn = Fixtures.copy("blood-use/q3/input", dir.resolve("blood-in"));
    Path frontPages = medrecIn.resolve("medrec/medrec_front_pages_430100003_2026Q4.csv");
    List<String> lines = Files.readAllLines(frontPages, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    String[] good = lines.get(1).split(",", -1);
    Set<String> names = new LinkedHashSet<>();
    List<String> dirty = new ArrayList<>(lines);
    // a cost the warehouse cannot store (DECIMAL(14, 2))
    dirty.add(
        row(
            header,
            good,
            "D1",
            "欧阳建华",
            "430102197001011234",
            "13912345678",
            "total_cost",
            "12345678901234567890",
            names));
    // a bad date: an aligned row, its personal fields masked in the raw line
    dirty.add(
        row(
            header,
            good,
            "D2",
            "司马光明",
            "430102198001011238",
            "13698765432",
            "birth_date",
            "1980-13-45",
            names));
    // a name far too long: the reject's value is the name itself
    dirty.add(
        row(
            header,
            good,
            "D3",
            "诸葛" + "亮".repeat(2100),
            "430102199001011230",
            "15011112222",
            "age_years",
            "41",
            names));
    // a missing comma: the row cannot be matched to the header
    String shifted =
        row(
            header,
            good,
            "D4",
            "上官婉儿",
            "430102199501011236",
            "18600001111",
            "age_years",
            "30",
            names);
    dirty.add(shifted.replaceFirst(",中国,", ",中国"));
    // a stray quote: the record is malformed
    dirty.add(
        row(
            header,
            good,
            "D5",
            "东方明珠",
            "430102199601011232",
            "17700002222",
            "main_diagnosis_name",
            "胆囊\"结石",
            names));
    Files.write(frontPages, dirty, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      names.add(f[header.indexOf("patient_name")]);
      String contact = f[header.indexOf("contact_name")];
      if (!contact.isEmpty()) {
        names.add(contact);
      }
    }

    Path transfusions = bloodIn.resolve("blood/blood_transfusions_440100002.csv");
    List<String> blood = new ArrayList<>(Files.readAllLines(transfusions, StandardCharsets.UTF_8));
    // a transfusion row typed with the patient's name, ID and phone in place of the record number
    blood.add(
        "440100002,T900,,欧阳建华 430102197001011234 13912345678,1,,RBC,2.0,"
            + "2026-07-03 10:00:00,,N,");
    blood.add("440100002,T901,\"R1\"x,上官婉儿,430102199501011236,18600001111");
    Files.write(transfusions, blood, StandardCharsets.UTF_8);

    // Ticket events carry the reporter's name and phone: the same rules hold for their rejects.
    Path ticketsIn = Fixtures.copy("ops-monthly/october/input", dir.resolve("tickets-in"));
    Path events = ticketsIn.resolve("tickets/ticket_events_fixture.csv");
    List<String> ticketLines = Files.readAllLines(events, StandardCharsets.UTF_8);
    for (String line : ticketLines.subList(1, ticketLines.size())) {
      String reporter = line.split(",", -1)[10];
      if (!reporter.isEmpty()) {
        names.add(reporter);
      }
    }
    List<String> dirtyTickets = new ArrayList<>(ticketLines);
    // a bad time: an aligned row, the reporter and phone masked, the note's mobile number too
    dirtyTickets.add(
        "441700001,D1,1,REPORTED,2026-02-30 09:00:00,3,PHONE,S01,产科,CORRECTIVE,欧阳娜娜,"
            + "13812345678,李工,请回电 13987654321");
    // a missing comma: the row cannot be matched to the header
    dirtyTickets.add(
        "441700001,D2,1,REPORTED,2026-10-08 09:00:00,3,PHONE,S01,产科,CORRECTIVE,司马光明"
            + "13698765432,李工,");
    // a stray quote: the record is malformed
    dirtyTickets.add(
        "441700001,D3,1,REPORTED,2026-10-08 09:00:00,3,PHONE,S01,产\"科,CORRECTIVE,上官婉儿,"
            + "18600001111,李工,");
    // a reporter's name far too long: the reject's value is the name itself
    dirtyTickets.add(
        "441700001,D4,1,REPORTED,2026-10-08 09:00:00,3,PHONE,S01,产科,CORRECTIVE,诸葛"
            + "亮".repeat(10_001)
            + ",15011112222,李工,");
    names.addAll(List.of("欧阳娜娜", "司马光明", "上官婉儿", "诸葛亮亮"));
    Files.write(events, dirtyTickets, StandardCharsets.UTF_8);

    List<String> console = new ArrayList<>();
    CliRunner.Result r =
        cli.run("ingest", "--domain", "reference", medrecIn.resolve("reference").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    r = cli.run("ingest", "--domain", "reference", ticketsIn.resolve("reference").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    r = cli.run("ingest", "--domain", "tickets", ticketsIn.resolve("tickets").toString());
    console.add(r.out() + r.err());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    r = cli.run("ingest", "--domain", "reference", bloodIn.resolve("reference").toString());
    r = cli.run("ingest", "--domain", "medrec", medrecIn.resolve("medrec").toString());
    console.add(r.out() + r.err());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    r = cli.run("ingest", "--domain", "blood", bloodIn.resolve("blood").toString());
    console.add(r.out() + r.err());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    r = cli.run("status");
    console.add(r.out() + r.err());

    List<String> scanned = new ArrayList<>(console);
    try (Stream<Path> files =
        Stream.of(medrecIn, bloodIn, ticketsIn).flatMap(PersonalDataInRejectsIT::walk)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rejects.csv")).toList()) {
        scanned.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(scanned.size()).as("console outputs and rejects files").isGreaterThan(6);
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      for (Object[] row :
          w.query("SELECT value, message, raw_line FROM rejects", Map.of()).rows()) {
        for (Object v : row) {
          scanned.add(v == null ? "" : v.toString());
        }
      }
      for (Object[] row : w.query("SELECT message FROM load_batches", Map.of()).rows()) {
        scanned.add(row[0] == null ? "" : row[0].toString());
      }
      // the 20-digit cost is one reject, the file is not failed and the other stays load
      assertThat(
              w.query("SELECT reason_code, field, value FROM rejects WHERE line_no = 8", Map.of())
                  .rows())
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x)
                      .containsExactly("BAD_NUMBER", "total_cost", "12345678901234567890"));
      assertThat(
              w.query("SELECT count(*) FROM load_batches WHERE status = 'FAILED'", Map.of())
                  .single())
          .isEqualTo(0L);
      assertThat(
              w.query(
                      "SELECT count(*) FROM medrec_front_pages WHERE record_no IN ('A001', 'A002')",
                      Map.of())
                  .single())
          .isEqualTo(2L);
      // the stored raw lines still let the coder find the row: record numbers are kept
      assertThat(
              w.query(
                      "SELECT raw_line FROM rejects WHERE line_no = 9 AND field = 'birth_date'",
                      Map.of())
                  .single()
                  .toString())
          .contains("D2")
          .contains("司***")
          .contains("430102********1238");
      // every dirty ticket row is rejected, and the aligned one keeps its other fields as read
      assertThat(
              w.query(
                      "SELECT r.reason_code FROM rejects r JOIN load_batches b"
                          + " ON r.batch_id = b.batch_id WHERE b.domain = 'tickets'"
                          + " ORDER BY r.line_no",
                      Map.of())
                  .rows())
          .extracting(x -> x[0])
          .containsExactly("BAD_TIMESTAMP", "COLUMN_COUNT", "MALFORMED_CSV", "BAD_FORMAT");
      assertThat(
              w.query(
                      "SELECT raw_line FROM rejects WHERE reason_code = 'BAD_TIMESTAMP'"
                          + " AND raw_line LIKE '%,D1,%'",
                      Map.of())
                  .single()
                  .toString())
          .isEqualTo(
              "441700001,D1,1,REPORTED,2026-02-30 09:00:00,3,PHONE,S01,产科,CORRECTIVE,欧***,"
                  + "138****5678,李工,请回电 139****4321");
    }
    for (String text : scanned) {
      assertThat(ID_NUMBER.matcher(text).find()).as("ID number in: %s", text).isFalse();
      assertThat(MOBILE.matcher(text).find()).as("mobile number in: %s", text).isFalse();
      for (String name : names) {
        assertThat(text).as("name %s", name).doesNotContain(name);
      }
    }
  }

  private static Stream<Path> walk(Path folder) {
    try {
      return Files.walk(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A copy of a good row with a new record number, patient, ID, phone and one changed field. */
  private static String row(
      List<String> header,
      String[] good,
      String recordNo,
      String name,
      String id,
      String phone,
      String field,
      String value,
      Set<String> names) {
    String[] f = good.clone();
    f[header.indexOf("record_no")] = recordNo;
    f[header.indexOf("patient_name")] = name;
    f[header.indexOf("id_number")] = id;
    f[header.indexOf("phone")] = phone;
    f[header.indexOf(field)] = value;
    names.add(name.length() > 10 ? name.substring(0, 10) : name);
    return String.join(",", f);
  }
}
