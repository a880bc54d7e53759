package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.baobiao.etl.source.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full year at scale 1 with the default seed, checked against {@code docs/formats.md}. */
class SampleDataGeneratorTest {

  static final SampleOptions YEAR = SampleOptions.defaults(1, SampleOptions.DEFAULT_SEED);

  @TempDir static Path dir;
  static GeneratedFiles year;
  static final List<String[]> progress = new ArrayList<>();

  @BeforeAll
  static void generateYear() throws IOException {
    year =
        new SampleDataGenerator(YEAR)
            .generate(
                dir, (stage, rows) -> progress.add(new String[] {stage, Long.toString(rows)}));
  }

  @Test
  void writesTheDocumentedLayout() {
    assertThat(year.referenceFiles())
        .containsExactly(
            dir.resolve("reference/hospitals.csv"),
            dir.resolve("reference/contracts.csv"),
            dir.resolve("reference/systems.csv"),
            dir.resolve("reference/interfaces.csv"));
    assertThat(year.ticketFiles()).hasSize(5 * 12).allMatch(Files::isRegularFile);
    assertThat(year.interfaceFiles()).hasSize(5 * 12).allMatch(Files::isRegularFile);
    assertThat(year.interfaceFiles())
        .contains(
            dir.resolve("interfaces/441700001/interface_exchanges_441700001_2025-11.jsonl"),
            dir.resolve("interfaces/510181001/interface_exchanges_510181001_2026-10.csv"));
    assertThat(year.ticketFiles())
        .contains(
            dir.resolve("tickets/441700001/ticket_events_441700001_2025-11.csv"),
            dir.resolve("tickets/440800004/ticket_events_440800004_2026-10.csv"));
  }

  @Test
  void scaleOneIsAboutTwentyThousandTicketsWithTheCountyHospitalBusiest() {
    assertThat(year.tickets()).isBetween(18_000L, 22_000L);
    Map<String, Long> reported = new TreeMap<>();
    for (Path file : year.ticketFiles()) {
      long count = GeneratedYear.lines(file).stream().filter(l -> l.contains(",REPORTED,")).count();
      reported.merge(GeneratedYear.orgOf(file), count, Long::sum);
    }
    assertThat(reported.get(GeneratedYear.COUNTY))
        .isEqualTo(reported.values().stream().max(Long::compare).orElseThrow());
    assertThat(reported.get(GeneratedYear.FOLLOW_UP))
        .isEqualTo(reported.values().stream().min(Long::compare).orElseThrow());
  }

  @Test
  void everyLineIsGoodUnlessRecordedAsDirtyWithItsReason() {
    Map<String, Set<String>> systems = systemsByOrg();
    Map<Path, Map<Long, ReasonCode>> recorded = new HashMap<>();
    for (DirtyRow row : year.dirtyRows()) {
      recorded.computeIfAbsent(row.file(), f -> new HashMap<>()).put(row.line(), row.reason());
    }
    long lines = 0;
    for (Path file : year.ticketFiles()) {
      List<String> content = GeneratedYear.lines(file);
      TicketLineValidator validator = new TicketLineValidator(systems);
      validator.header(content.get(0));
      Map<Long, ReasonCode> expected = recorded.getOrDefault(file, Map.of());
      for (int i = 1; i < content.size(); i++) {
        long line = i + 1;
        assertThat(validator.check(content.get(i)))
            .as("%s line %d: %s", file.getFileName(), line, content.get(i))
            .isEqualTo(expected.get(line));
      }
      lines += content.size() - 1;
    }
    assertThat(year.eventRows()).isEqualTo(lines);
  }

  @Test
  void everyReasonCodeAppearsAtScaleOneAndDirtStaysModest() {
    // BAD_ENCODING is a property of a file's bytes, not of a row's values: the sample files are
    // each in one encoding, and the bad-input corpus (jobs, BadInputCorpusIT) covers that code.
    assertThat(year.dirtyRowsByReason())
        .allSatisfy(
            (reason, count) -> {
              if (reason != ReasonCode.BAD_ENCODING) {
                assertThat(count).as(reason.name()).isPositive();
              }
            });
    Path interfaces = dir.resolve("interfaces");
    Path medrec = dir.resolve("medrec");
    Path blood = dir.resolve("blood");
    Path mch = dir.resolve("mch");
    assertThat(year.dirtyRows())
        .as("dirt of the reference, ticket and activity files: about one row in a thousand")
        .filteredOn(
            row ->
                !row.file().startsWith(interfaces)
                    && !row.file().startsWith(medrec)
                    && !row.file().startsWith(blood)
                    && !row.file().startsWith(mch))
        .hasSizeBetween(50, 150);
    assertThat(year.dirtyRows())
        .as(
            "dirt of the mch files: one line in each of the five thalassemia files, five maternal,"
                + " two defect cards, three child health, three premarital and pre-pregnancy")
        .filteredOn(row -> row.file().startsWith(mch))
        .extracting(
            row -> row.file().getFileName().toString() + " " + row.field() + " " + row.reason())
        .containsExactly(
            "thal_screenings_441700001.csv result INCONSISTENT",
            "thal_screenings_441700001.csv id_number BAD_FORMAT",
            "thal_couples_441700001.csv male_id INCONSISTENT",
            "thal_pregnancies_441700001.csv child_result INCONSISTENT",
            "thal_prenatal_diagnoses_441700001.csv gestational_week BAD_NUMBER",
            "mch_registrations_441700001.csv registration_week INCONSISTENT",
            "mch_births_441700001.csv gestational_week BAD_NUMBER",
            "mch_infection_tests_441700001.csv infection BAD_CODE",
            "mch_prenatal_screenings_441700001.csv method INCONSISTENT",
            "mch_antenatal_visits_441700001.csv hb_g_l BAD_NUMBER",
            "mch_defect_cards_441700001.csv defect_codes BAD_CODE",
            "mch_defect_cards_441700001.csv diagnosed_on INCONSISTENT",
            "mch_child_checks_441700001.csv age_months INCONSISTENT",
            "mch_newborn_screenings_441700001.csv disease BAD_CODE",
            "mch_child_deaths_441700001.csv died_on INCONSISTENT",
            "mch_premarital_checks_441700001.csv findings BAD_CODE",
            "mch_premarital_checks_441700001.csv advice INCONSISTENT",
            "mch_preconception_checks_441700001.csv risk_factors MISSING_VALUE");
    assertThat(year.dirtyRows())
        .as(
            "dirt of the blood-use files: a bad component code and an inverted time per hospital,"
                + " a bag issued without its ward")
        .filteredOn(row -> row.file().startsWith(blood))
        .extracting(DirtyRow::reason)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Collections.nCopies(
                    5,
                    List.of(ReasonCode.BAD_CODE, ReasonCode.INCONSISTENT, ReasonCode.MISSING_VALUE))
                .stream()
                .flatMap(List::stream)
                .toList());
    assertThat(year.dirtyRows())
        .as("dirt of the front pages: a repeated stay and an impossible time per quarterly export")
        .filteredOn(row -> row.file().startsWith(medrec))
        .hasSize(2 * 5 * 5)
        .extracting(DirtyRow::reason)
        .containsOnly(ReasonCode.DUPLICATE_KEY, ReasonCode.BAD_TIMESTAMP);
    assertThat(year.dirtyRows())
        .as("dirt of the interface logs: about one row in 20,000")
        .filteredOn(row -> row.file().startsWith(interfaces))
        .hasSizeBetween(25, 100);
    Path contracts = dir.resolve("reference/contracts.csv");
    assertThat(year.dirtyRows())
        .filteredOn(row -> row.file().equals(contracts))
        .extracting(DirtyRow::reason)
        .containsExactly(ReasonCode.BAD_DATE, ReasonCode.INCONSISTENT);
    assertThat(year.dirtyRows())
        .filteredOn(row -> row.reason() == ReasonCode.MALFORMED_CSV)
        .allSatisfy(
            row -> assertThat(row.line()).isEqualTo(GeneratedYear.lines(row.file()).size()));
  }

  @Test
  void goodRowsFollowTheTicketRules() {
    Map<String, Set<String>> systems = systemsByOrg();
    LocalDateTime start = YEAR.from().atStartOfDay();
    LocalDateTime lastReport = YEAR.to().plusDays(1).atStartOfDay();
    for (Path file : year.ticketFiles()) {
      List<String> content = GeneratedYear.lines(file);
      TicketLineValidator validator = new TicketLineValidator(systems);
      validator.header(content.get(0));
      String org = GeneratedYear.orgOf(file);
      String month = file.getFileName().toString().substring(24, 31);
      String previousTicket = "";
      long previousSeq = 0;
      LocalDateTime previousTime = start;
      for (int i = 1; i < content.size(); i++) {
        if (validator.check(content.get(i)) != null) {
          continue;
        }
        List<String> f = validator.fields(content.get(i));
        String where = file.getFileName() + " line " + (i + 1);
        LocalDateTime time = TicketLineValidator.parseTime(f.get(4));
        long seq = Long.parseLong(f.get(2));
        assertThat(f.get(0)).as(where).isEqualTo(org);
        assertThat(time).as(where).isBetween(start, YEAR.exportedAt());
        if (f.get(1).equals(previousTicket)) {
          assertThat(seq).as(where).isGreaterThan(previousSeq);
          assertThat(time).as(where).isAfterOrEqualTo(previousTime);
        } else {
          assertThat(f.get(1)).as(where).isGreaterThan(previousTicket);
        }
        if (f.get(3).equals("REPORTED")) {
          assertThat(seq).as(where).isEqualTo(1);
          assertThat(time).as(where).isBefore(lastReport);
          assertThat(f.get(4).replace('/', '-')).as(where).startsWith(month);
          assertThat(List.of(f.get(5), f.get(6), f.get(7))).as(where).doesNotContain("");
          assertThat(f.get(11)).as(where).matches("1[358][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}");
        }
        previousTicket = f.get(1);
        previousSeq = seq;
        previousTime = time;
      }
    }
  }

  @Test
  void countyHospitalFilesAreStrictGb18030WithTheChineseHeader() throws IOException {
    Path file = dir.resolve("tickets/510181001/ticket_events_510181001_2026-02.csv");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(GeneratedYear.startsWithBom(bytes)).isFalse();
    String text = GeneratedYear.decodeStrictly(bytes, GeneratedYear.charsetOf(file));
    assertThat(text).startsWith(String.join(",", TicketLineValidator.ALIASES) + "\n");
    assertThat(text).contains("门诊收费处");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("门诊收费处");
  }

  @Test
  void followUpHospitalFilesStartWithAByteOrderMarkAndOthersDoNot() throws IOException {
    for (Path file : year.ticketFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      boolean followUp = GeneratedYear.orgOf(file).equals(GeneratedYear.FOLLOW_UP);
      assertThat(GeneratedYear.startsWithBom(bytes)).as(file.toString()).isEqualTo(followUp);
      String first = GeneratedYear.lines(file).get(0);
      if (!GeneratedYear.orgOf(file).equals(GeneratedYear.COUNTY)) {
        assertThat(first).isEqualTo(String.join(",", TicketLineValidator.COLUMNS));
      }
    }
    for (Path file : year.referenceFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(GeneratedYear.startsWithBom(bytes)).isFalse();
      GeneratedYear.decodeStrictly(bytes, StandardCharsets.UTF_8);
    }
  }

  @Test
  void notesExerciseQuotingOfCommasAndQuotes() {
    long quoted =
        year.ticketFiles().stream()
            .flatMap(file -> GeneratedYear.lines(file).stream())
            .filter(line -> line.endsWith("\"") && line.contains("\"\"") && line.contains(","))
            .count();
    assertThat(quoted).isGreaterThan(100);
  }

  @Test
  void referenceFilesHoldTheFiveSeedHospitalsAndTheirSystems() {
    List<String> hospitals =
        GeneratedYear.lines(dir.resolve("reference/hospitals.csv"), StandardCharsets.UTF_8);
    assertThat(hospitals.get(0)).isEqualTo("org_code,name,short_name,level,city,province");
    assertThat(hospitals.subList(1, hospitals.size()))
        .extracting(line -> line.substring(0, 9))
        .containsExactly("441700001", "510181001", "440100002", "430100003", "440800004");
    assertThat(hospitals).anyMatch(l -> l.startsWith("441700001,阳江市妇幼保健院,"));
    assertThat(hospitals).anyMatch(l -> l.startsWith("430100003,长沙市中心医院,"));
    assertThat(hospitals).anyMatch(l -> l.startsWith("440800004,湛江中心人民医院,"));
    Map<String, Set<String>> systems = systemsByOrg();
    assertThat(systems.get("441700001")).hasSize(40);
    assertThat(systems.get("510181001")).contains("SRV-ORACLE", "IF-CDYB").hasSizeGreaterThan(30);
    assertThat(systems.get("440800004"))
        .contains("DB-CLOUD-FOLLOWUP", "DB-INTERFACE-DATA", "DB-MONGO-CDR");
    assertThat(systems.values())
        .allSatisfy(codes -> assertThat(codes).allMatch(c -> c.matches("[A-Za-z0-9_-]{1,32}")));
    List<String> contracts =
        GeneratedYear.lines(dir.resolve("reference/contracts.csv"), StandardCharsets.UTF_8);
    assertThat(contracts.get(0))
        .isEqualTo("contract_id,org_code,title,vendor,start_date,end_date,amount,seed_doc");
    assertThat(contracts.subList(1, 6))
        .allMatch(
            l ->
                l.matches(
                    "HT-2025-00[0-4],.*,2025-1[01]-[0-9]{2},2026-1[02]-[0-9]{2},[0-9]+\\.[0-9]{2},00[0-4]"));
  }

  @Test
  void holidaysAndWeekendsGetFewerReportsThanWorkdays() {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    for (Path file : year.ticketFiles()) {
      for (String line : GeneratedYear.lines(file)) {
        if (line.contains(",REPORTED,")) {
          List<String> f = TicketLineValidator.split(line);
          LocalDateTime time = f == null ? null : TicketLineValidator.parseTime(f.get(4));
          if (time != null) {
            perDay.merge(time.toLocalDate(), 1, Integer::sum);
          }
        }
      }
    }
    double springFestival = average(perDay, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20));
    double weekBefore = average(perDay, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 13));
    assertThat(springFestival).isLessThan(weekBefore / 2);
    assertThat(perDay.get(LocalDate.of(2026, 2, 28)))
        .as("make-up working Saturday")
        .isGreaterThan(perDay.get(LocalDate.of(2026, 3, 7)));
  }

  @Test
  void progressIsReportedInStagesAndEndsWithTheTotal() {
    assertThat(progress.get(0)[0]).isEqualTo("reference");
    assertThat(progress.stream().filter(p -> p[0].startsWith("tickets ")).count()).isGreaterThan(5);
    assertThat(progress.stream().filter(p -> p[0].startsWith("interfaces ")))
        .extracting(p -> p[0])
        .contains("interfaces 441700001 2025-11", "interfaces 440800004 2026-10");
    String[] last = progress.get(progress.size() - 1);
    assertThat(last).containsExactly("done", Long.toString(year.eventRows()));
  }

  private static double average(Map<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
    int sum = 0;
    int days = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      sum += perDay.getOrDefault(day, 0);
      days++;
    }
    return (double) sum / days;
  }

  static Map<String, Set<String>> systemsByOrg() {
    Map<String, Set<String>> systems = new HashMap<>();
    List<String> lines =
        GeneratedYear.lines(dir.resolve("reference/systems.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("org_code,system_code,name,category,contract_id");
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = TicketLineValidator.split(line);
      assertThat(systems.computeIfAbsent(f.get(0), k -> new HashSet<>()).add(f.get(1)))
          .as("unique system code " + f.get(1))
          .isTrue();
    }
    return systems;
  }
}
