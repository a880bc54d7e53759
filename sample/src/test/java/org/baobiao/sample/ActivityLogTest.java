package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.baobiao.etl.activities.ActivitiesKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.CsvRecordReader;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample activity logs at scale 1 with the default seed: read back through {@link
 * ActivitiesKind} itself, they hold the duties of the seed documents and exactly the missed duties
 * and dirty rows docs/formats.md lists.
 */
class ActivityLogTest {

  static final SampleOptions YEAR = SampleOptions.defaults(1, SampleOptions.DEFAULT_SEED);
  static final String MCH = "441700001";
  static final String BLOOD = "440100002";
  static final String RECORDS = "430100003";
  static final String[] HOSPITALS = {
    MCH, GeneratedYear.COUNTY, BLOOD, RECORDS, GeneratedYear.FOLLOW_UP
  };

  @TempDir static Path dir;
  static GeneratedFiles year;
  static final Map<String, List<Row>> good = new HashMap<>();
  static final Map<Path, Map<Long, ReasonCode>> rejected = new HashMap<>();

  /** A good row: its hospital and typed staging values. */
  record Row(String org, String type, LocalDateTime start, Object[] values) {}

  @BeforeAll
  static void generateAndReadBack() throws IOException {
    year = new SampleDataGenerator(YEAR).generate(dir, ProgressListener.NONE);
    ActivitiesKind kind = new ActivitiesKind();
    ReferenceData reference = ReferenceData.of(Set.of(HOSPITALS), Set.of());
    for (Path file : year.activityFiles()) {
      Set<String> keys = new HashSet<>();
      Map<Long, ReasonCode> reasons = new HashMap<>();
      try (CsvRecordReader reader = new CsvRecordReader(file, DetectedEncoding.of(file, null))) {
        HeaderMap header = HeaderMap.of(reader.header(), kind.columns());
        for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
          try {
            Object[] v = kind.map(r, header, reference);
            if (!keys.add(v[0] + "|" + v[1])) {
              reasons.put(r.line(), ReasonCode.DUPLICATE_KEY);
              continue;
            }
            good.computeIfAbsent((String) v[0], o -> new ArrayList<>())
                .add(new Row((String) v[0], (String) v[2], (LocalDateTime) v[3], v));
          } catch (RowRejectedException e) {
            assertThat(e.rejects()).extracting(x -> x.reasonCode()).as("one reason").hasSize(1);
            reasons.put(r.line(), ReasonCode.valueOf(e.rejects().get(0).reasonCode()));
          }
        }
      }
      rejected.put(file, reasons);
    }
  }

  private static List<LocalDate> days(String org, String type) {
    return good.get(org).stream()
        .filter(r -> r.type().equals(type))
        .map(r -> r.start().toLocalDate())
        .toList();
  }

  @Test
  void writesOneFilePerHospitalAndCalendarYearInEachHospitalsExportStyle() throws IOException {
    assertThat(year.activityFiles()).hasSize(10).allMatch(Files::isRegularFile);
    assertThat(year.activityFiles())
        .startsWith(
            dir.resolve("activities/441700001/activities_441700001_2025.csv"),
            dir.resolve("activities/441700001/activities_441700001_2026.csv"));
    Path county = dir.resolve("activities/510181001/activities_510181001_2026.csv");
    String text =
        GeneratedYear.decodeStrictly(Files.readAllBytes(county), GeneratedYear.charsetOf(county));
    assertThat(text).startsWith("机构代码,活动编号,活动类型,开始时间,结束时间,合同编号,科室,工程师,人天,版本号,报告编号,关联工单号,结果,说明\n");
    assertThat(text).contains(",ONSITE_DAY,2026/03/04 09:");
    Path followUp = dir.resolve("activities/440800004/activities_440800004_2026.csv");
    assertThat(GeneratedYear.startsWithBom(Files.readAllBytes(followUp))).isTrue();
    List<String> mch =
        GeneratedYear.lines(
            dir.resolve("activities/441700001/activities_441700001_2026.csv"),
            StandardCharsets.UTF_8);
    assertThat(mch.get(0)).startsWith("org_code,activity_id,activity_type,started_at,ended_at,");
    long lines = 0;
    for (Path file : year.activityFiles()) {
      lines += GeneratedYear.lines(file, GeneratedYear.charsetOf(file)).size() - 1;
    }
    // About 1,000 duties done over the two years, plus the change acceptances of seed 002 and the
    // holiday notices of seed 001.
    assertThat(year.activityRows()).isEqualTo(lines).isBetween(1_150L, 1_500L);
  }

  @Test
  void everyLineIsGoodForActivitiesKindUnlessRecordedAsDirtyWithItsReason() {
    Map<Path, Map<Long, ReasonCode>> recorded = new HashMap<>();
    for (DirtyRow row : year.dirtyRows()) {
      if (row.file().startsWith(dir.resolve("activities"))) {
        recorded.computeIfAbsent(row.file(), f -> new HashMap<>()).put(row.line(), row.reason());
      }
    }
    for (Path file : year.activityFiles()) {
      assertThat(rejected.get(file))
          .as(file.toString())
          .isEqualTo(recorded.getOrDefault(file, Map.of()));
    }
    assertThat(recorded.values().stream().mapToInt(Map::size).sum()).isEqualTo(5);
    assertThat(year.dirtyRows())
        .filteredOn(row -> row.file().startsWith(dir.resolve("activities")))
        .extracting(DirtyRow::reason)
        .containsExactly(
            ReasonCode.INCONSISTENT,
            ReasonCode.MISSING_VALUE,
            ReasonCode.BAD_NUMBER,
            ReasonCode.BAD_CODE,
            ReasonCode.DUPLICATE_KEY);
  }

  @Test
  void sameSeedGivesByteIdenticalActivityFiles(@TempDir Path again) throws IOException {
    GeneratedFiles second = new SampleDataGenerator(YEAR).generate(again, ProgressListener.NONE);
    assertThat(second.activityFiles()).hasSize(year.activityFiles().size());
    for (Path file : year.activityFiles()) {
      Path twin = again.resolve(dir.relativize(file));
      assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void allActivitiesLieInThePeriodAndCarryTheHospitalsContract() {
    for (String org : HOSPITALS) {
      assertThat(good.get(org)).as(org).isNotEmpty();
      for (Row row : good.get(org)) {
        assertThat(row.start().toLocalDate()).isBetween(YEAR.from(), YEAR.to());
        assertThat((String) row.values()[5]).startsWith("HT-2025-00");
      }
    }
  }

  @Test
  void theMchHospitalMissesOnlyTheSecondQuarterInspectionOf2026() {
    assertThat(days(MCH, "INSPECTION"))
        .containsExactly(
            LocalDate.of(2025, 12, 10),
            LocalDate.of(2026, 1, 12),
            LocalDate.of(2026, 7, 13),
            LocalDate.of(2026, 10, 12));
    assertThat(good.get(MCH))
        .filteredOn(r -> r.type().equals("INSPECTION"))
        .allSatisfy(r -> assertThat((String) r.values()[10]).startsWith("YJFY-XJBG-"));
  }

  @Test
  void theCountyHospitalHasAnOnSiteDayEveryWorkingWeekButTwo() {
    Set<LocalDate> onsiteWeeks = new TreeSet<>();
    for (LocalDate day : days(GeneratedYear.COUNTY, "ONSITE_DAY")) {
      assertThat(onsiteWeeks.add(monday(day))).as("one a week: " + day).isTrue();
      assertThat(day.getDayOfWeek()).isIn(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    }
    Set<LocalDate> missing = new TreeSet<>();
    for (LocalDate monday = monday(YEAR.from()).plusWeeks(1);
        monday.isBefore(YEAR.to());
        monday = monday.plusWeeks(1)) {
      if (!onsiteWeeks.contains(monday)) {
        missing.add(monday);
      }
    }
    assertThat(missing)
        .containsExactly(
            LocalDate.of(2026, 2, 16), // 春节: the whole week is a holiday, no duty
            LocalDate.of(2026, 3, 16),
            LocalDate.of(2026, 8, 10));
    assertThat(days(GeneratedYear.COUNTY, "INSPECTION")).hasSize(4);
    assertThat(days(GeneratedYear.COUNTY, "TRAINING")).containsExactly(LocalDate.of(2026, 5, 20));
    assertThat(days(GeneratedYear.COUNTY, "PROACTIVE_CALL")).isNotEmpty();
    assertThat(good.get(GeneratedYear.COUNTY))
        .filteredOn(r -> r.type().equals("MAJOR_FAULT_REPORT"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat((String) r.values()[11]).startsWith("DJY"));
  }

  @Test
  void theBloodUseSystemIsInspectedWeeklyMonthlyAndQuarterlyAndBooksChangeEffort() {
    assertThat(good.get(BLOOD))
        .filteredOn(r -> r.type().equals("INSPECTION"))
        .extracting(r -> ((String) r.values()[10]).substring(0, 6))
        .containsOnly("ZA-ZXJ", "ZA-YXJ", "ZA-JXJ");
    assertThat(days(BLOOD, "INSPECTION")).hasSizeBetween(52 + 12 + 4 - 2, 52 + 12 + 4);
    assertThat(good.get(BLOOD))
        .filteredOn(r -> r.type().equals("CHANGE_EFFORT"))
        .hasSizeGreaterThan(200)
        .allSatisfy(
            r -> {
              assertThat((String) r.values()[11]).startsWith("GD440100002-");
              assertThat((BigDecimal) r.values()[8]).isPositive();
            });
  }

  @Test
  void theMedicalRecordsHospitalMissesOneBackupCheckAndTheNationalDayInspectionWindow() {
    assertThat(days(RECORDS, "BACKUP")).hasSize(365).doesNotHaveDuplicates();
    assertThat(good.get(RECORDS))
        .filteredOn(r -> r.type().equals("BACKUP") && "FAILED".equals(r.values()[12]))
        .extracting(r -> r.start().toLocalDate())
        .containsExactly(
            LocalDate.of(2026, 1, 17), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 9, 28));
    assertThat(days(RECORDS, "BACKUP_CHECK_REPORT"))
        .hasSize(11)
        .noneMatch(d -> d.getYear() == 2026 && d.getMonthValue() == 7);
    assertThat(days(RECORDS, "DB_PERFORMANCE_INSPECTION"))
        .containsExactly(
            LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 2, 9),
            LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 10, 27));
    assertThat(days(RECORDS, "ONSITE_VISIT")).hasSize(2);
    assertThat(days(RECORDS, "INSPECTION")).hasSize(5);
  }

  @Test
  void theFollowUpSystemHasOneReleaseGapOverThreeMonthsAndEightPersonDays() {
    List<Row> releases =
        good.get(GeneratedYear.FOLLOW_UP).stream().filter(r -> r.type().equals("RELEASE")).toList();
    assertThat(releases)
        .extracting(r -> r.values()[9])
        .containsExactly("V1.0.12", "V1.0.13", "V1.0.14", "V1.0.15", "V1.0.16");
    List<String> longGaps = new ArrayList<>();
    for (int i = 1; i < releases.size(); i++) {
      LocalDate before = releases.get(i - 1).start().toLocalDate();
      LocalDate after = releases.get(i).start().toLocalDate();
      if (after.isAfter(before.plusMonths(3))) {
        longGaps.add(before + "→" + after + " " + ChronoUnit.DAYS.between(before, after));
      }
    }
    assertThat(longGaps).containsExactly("2026-03-24→2026-07-02 100");
    BigDecimal personDays =
        good.get(GeneratedYear.FOLLOW_UP).stream()
            .filter(r -> r.type().equals("CHANGE_EFFORT"))
            .map(r -> (BigDecimal) r.values()[8])
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(personDays).isEqualByComparingTo("8.0");
    assertThat(days(GeneratedYear.FOLLOW_UP, "MAINTENANCE_REPORT")).hasSize(4);
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
