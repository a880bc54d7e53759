package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.baobiao.etl.interfaces.InterfaceCatalogKind;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.CsvRecordReader;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.source.SourceRecords;
import org.baobiao.sample.internal.WorkingCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample interface logs at scale 1 with the default seed, read back through the real readers
 * and {@link InterfaceExchangesKind} (the catalog through {@link InterfaceCatalogKind}): every row
 * loads except the recorded dirty ones, and the figures the interface reports compute show the
 * planned incidents of docs/formats.md and nothing else.
 */
class InterfaceLogTest {

  static final SampleOptions YEAR = SampleOptions.defaults(1, SampleOptions.DEFAULT_SEED);
  static final String MCH = "441700001";
  static final String COUNTY = "510181001";
  static final String BLOOD = "440100002";
  static final String RECORDS = "430100003";
  static final String FOLLOW_UP = "440800004";
  static final WorkingCalendar CALENDAR = WorkingCalendar.load();

  @TempDir static Path dir;
  static GeneratedFiles year;
  static final Map<String, Object[]> catalog = new TreeMap<>();
  // Filled by one reading thread per hospital: each Traffic belongs to one hospital's thread.
  static final Map<String, Traffic> traffic = new ConcurrentSkipListMap<>();
  static final Map<Path, Map<Long, ReasonCode>> rejected = new ConcurrentHashMap<>();
  static final Map<String, Long> perHospital = new ConcurrentSkipListMap<>();
  static final Set<String> errorMessages = ConcurrentHashMap.newKeySet();
  static final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  static final List<LocalDateTime> pending = Collections.synchronizedList(new ArrayList<>());
  static final Map<LocalDate, String> DAYS = new ConcurrentHashMap<>();

  /** What one interface's good rows add up to. */
  static final class Traffic {
    long total;
    long success;
    long duplicates;
    long onTime;
    long timed;
    long batchOfTheDayBefore;
    final Map<LocalDate, Integer> successPerDay = new HashMap<>();
    final Map<LocalDate, Integer> sentPerDay = new HashMap<>();
    final Map<String, Map<LocalDate, Integer>> failuresPerDay = new HashMap<>();
    final Map<LocalDate, Integer> retriedPerDay = new HashMap<>();
    final long[] sentPerHourOnWorkdays = new long[24];
    long[] latencies = new long[1024];
    int latencyCount;
    LocalDate keyDay;
    final Set<String> keysOfTheDay = new HashSet<>();

    long percentile(double q) {
      long[] sorted = Arrays.copyOf(latencies, latencyCount);
      Arrays.sort(sorted);
      return sorted[(int) (q * (sorted.length - 1))];
    }
  }

  @BeforeAll
  static void generateAndReadBack() throws IOException {
    year = new SampleDataGenerator(YEAR).generateInterfaces(dir, ProgressListener.NONE);
    ReferenceData reference = loadCatalog();
    // Reading back a million records is the slow part: one hospital per core.
    year.interfaceFiles().stream()
        .collect(Collectors.groupingBy(f -> f.getParent().getFileName().toString()))
        .values()
        .parallelStream()
        .forEach(files -> files.forEach(file -> readBack(file, reference)));
  }

  private static void readBack(Path file, ReferenceData reference) {
    InterfaceExchangesKind kind = new InterfaceExchangesKind();
    Map<Long, ReasonCode> reasons = new HashMap<>();
    Set<String> ids = new HashSet<>();
    String org = file.getParent().getFileName().toString();
    try (RecordReader reader =
        SourceRecords.open(file, DetectedEncoding.of(file, null), kind.columns())) {
      HeaderMap header = HeaderMap.of(reader.header(), kind.columns());
      while (true) {
        SourceRecord r;
        try {
          r = reader.next();
        } catch (MalformedRecordException e) {
          reasons.put(e.line(), ReasonCode.valueOf(e.toReject().reasonCode()));
          continue;
        }
        if (r == null) {
          break;
        }
        try {
          Object[] v = kind.map(r, header, reference);
          if (!ids.add((String) v[1])) {
            reasons.put(r.line(), ReasonCode.DUPLICATE_KEY);
            continue;
          }
          check(org, v, r);
          count(org, v);
        } catch (RowRejectedException e) {
          if (e.rejects().size() != 1) {
            problems.add(file.getFileName() + ":" + r.line() + " has " + e.rejects());
          }
          reasons.put(r.line(), ReasonCode.valueOf(e.rejects().get(0).reasonCode()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rejected.put(file, reasons);
  }

  /** Loads the generated hospitals, systems and catalog the way a reference load checks them. */
  private static ReferenceData loadCatalog() throws IOException {
    Set<String> hospitals = new TreeSet<>();
    for (String[] f : csv(dir.resolve("reference/hospitals.csv"))) {
      hospitals.add(f[0]);
    }
    Set<String> systems = new TreeSet<>();
    for (String[] f : csv(dir.resolve("reference/systems.csv"))) {
      systems.add(f[0] + "/" + f[1]);
    }
    InterfaceCatalogKind kind = new InterfaceCatalogKind();
    ReferenceData known = ReferenceData.of(hospitals, systems);
    Path file = dir.resolve("reference/interfaces.csv");
    try (CsvRecordReader reader = new CsvRecordReader(file, DetectedEncoding.of(file, null))) {
      HeaderMap header = HeaderMap.of(reader.header(), kind.columns());
      for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
        Object[] v = kind.map(r, header, known);
        catalog.put(v[0] + "/" + v[1], v);
      }
    }
    return ReferenceData.of(hospitals, systems, catalog.keySet());
  }

  private static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (CsvRecordReader reader = new CsvRecordReader(file, DetectedEncoding.of(file, null))) {
      reader.header();
      for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
        rows.add(r.fields());
      }
    }
    return rows;
  }

  /** Rules of a good row that the loader does not check but the reports rely on. */
  private static void check(String org, Object[] v, SourceRecord r) {
    LocalDateTime sent = (LocalDateTime) v[6];
    LocalDateTime received = (LocalDateTime) v[8];
    LocalDateTime acked = (LocalDateTime) v[9];
    String status = (String) v[11];
    String cause = (String) v[12];
    String where = r.file() + ":" + r.line() + " ";
    String id = (String) v[1];
    String day = DAYS.computeIfAbsent(sent.toLocalDate(), d -> d.toString().replace("-", ""));
    if (!v[0].equals(org) || !id.startsWith(day, id.length() - 16)) {
      problems.add(where + "hospital or day of " + id);
    }
    if (received != null && (received.isBefore(sent) || acked != null && received.isAfter(acked))) {
      problems.add(where + "received_at not between sent_at and acked_at");
    }
    boolean unanswered =
        "PENDING".equals(status) || "TIMEOUT".equals(cause) || "NETWORK".equals(cause);
    if (unanswered != (acked == null)) {
      problems.add(where + "acked_at of a " + status + " " + cause);
    }
    if (sent.isBefore(YEAR.from().atStartOfDay())
        || !sent.isBefore(YEAR.to().plusDays(1).atStartOfDay())) {
      problems.add(where + "sent outside the period");
    }
    if ((Integer) v[16] < 1 || (Long) v[17] < 1 || (Integer) v[15] > 3 || v[4] == null) {
      problems.add(where + "records, bytes, retries or business key");
    }
    if (r.file().endsWith(".jsonl") && hasUnicodeEscape(r.raw())) {
      problems.add(where + "\\u escape instead of UTF-8");
    }
  }

  /** Whether a JSON text has a unicode escape: a backslash not itself escaped, then {@code u}. */
  private static boolean hasUnicodeEscape(String json) {
    int backslashes = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == 'u' && backslashes % 2 == 1) {
        return true;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return false;
  }

  private static void count(String org, Object[] v) {
    perHospital.merge(org, 1L, Long::sum);
    Traffic t = traffic.computeIfAbsent(org + "/" + v[2], k -> new Traffic());
    LocalDateTime sent = (LocalDateTime) v[6];
    LocalDate day = sent.toLocalDate();
    String status = (String) v[11];
    t.total++;
    t.sentPerDay.merge(day, 1, Integer::sum);
    if (CALENDAR.isWorkday(day)) {
      t.sentPerHourOnWorkdays[sent.getHour()]++;
    }
    LocalDateTime business = (LocalDateTime) v[5];
    LocalTime time = sent.toLocalTime();
    if (business != null
        && business.toLocalDate().equals(day.minusDays(1))
        && !time.isBefore(LocalTime.of(0, 30))
        && time.isBefore(LocalTime.of(4, 0))) {
      t.batchOfTheDayBefore++;
    }
    if ("PENDING".equals(status)) {
      pending.add(sent);
    }
    if ("FAILED".equals(status)) {
      t.failuresPerDay
          .computeIfAbsent((String) v[12], c -> new HashMap<>())
          .merge(day, 1, Integer::sum);
      if (v[14] != null) {
        errorMessages.add((String) v[14]);
      }
      return;
    }
    if (!"SUCCESS".equals(status)) {
      return;
    }
    t.success++;
    t.successPerDay.merge(day, 1, Integer::sum);
    if ((Integer) v[15] > 0) {
      t.retriedPerDay.merge(day, 1, Integer::sum);
    }
    if (!day.equals(t.keyDay)) {
      t.keyDay = day;
      t.keysOfTheDay.clear();
    }
    if (!t.keysOfTheDay.add((String) v[4])) {
      t.duplicates++;
    }
    if (t.latencyCount == t.latencies.length) {
      t.latencies = Arrays.copyOf(t.latencies, t.latencyCount * 2);
    }
    t.latencies[t.latencyCount++] = (Long) v[10];
    Integer deadline = (Integer) catalog.get(org + "/" + v[2])[8];
    if (deadline != null && business != null) {
      LocalDateTime delivered = v[8] != null ? (LocalDateTime) v[8] : (LocalDateTime) v[9];
      t.timed++;
      if (!delivered.isAfter(business.plusHours(deadline))) {
        t.onTime++;
      }
    }
  }

  private static Traffic of(String org, String iface) {
    return traffic.get(org + "/" + iface);
  }

  @Test
  void everyDirtyRowIsRejectedWithItsRecordedReasonAndEveryOtherRowLoads() {
    assertThat(problems).isEmpty();
    Map<Path, Map<Long, ReasonCode>> recorded = new HashMap<>();
    for (DirtyRow row : year.dirtyRows()) {
      if (row.file().startsWith(dir.resolve("interfaces"))) {
        recorded.computeIfAbsent(row.file(), f -> new HashMap<>()).put(row.line(), row.reason());
      }
    }
    for (Path file : year.interfaceFiles()) {
      assertThat(rejected.get(file))
          .as(file.getFileName().toString())
          .isEqualTo(recorded.getOrDefault(file, Map.of()));
    }
    assertThat(recorded.values().stream().mapToInt(Map::size).sum())
        .as("about one dirty row per 20,000")
        .isBetween(25, 100);
    Set<ReasonCode> reasons = new TreeSet<>();
    recorded.values().forEach(m -> reasons.addAll(m.values()));
    assertThat(reasons)
        .contains(
            ReasonCode.MALFORMED_JSON,
            ReasonCode.MALFORMED_CSV,
            ReasonCode.COLUMN_COUNT,
            ReasonCode.UNKNOWN_INTERFACE,
            ReasonCode.BAD_TIMESTAMP,
            ReasonCode.BAD_CODE,
            ReasonCode.MISSING_VALUE,
            ReasonCode.INCONSISTENT,
            ReasonCode.DUPLICATE_KEY,
            ReasonCode.BAD_FORMAT,
            ReasonCode.BAD_NUMBER);
    long lines = perHospital.values().stream().mapToLong(Long::longValue).sum();
    assertThat(year.interfaceRows())
        .isEqualTo(lines + recorded.values().stream().mapToInt(Map::size).sum());
  }

  @Test
  void theCatalogNamesTheSeedDocumentsInterfacesWithTheirExpectations() {
    assertThat(year.referenceFiles()).contains(dir.resolve("reference/interfaces.csv"));
    assertThat(catalog).hasSize(25);
    assertThat(catalog.get(MCH + "/MCH-PROV-UP")).contains("OUTBOUND", 1, 24, "IF-PROVINCE");
    assertThat(catalog.get(MCH + "/MCH-CITY-UP")).contains(1, 48);
    assertThat(catalog.get(MCH + "/NBS-RESULT")).contains("INBOUND");
    assertThat(catalog.get(COUNTY + "/QUEUE-CALL")).contains("INTERNAL");
    assertThat(catalog.get(COUNTY + "/DJY-HIP-UP")).contains(10, 24);
    assertThat(catalog.get(BLOOD + "/BC-ORDER")).contains("OUTBOUND");
    assertThat(catalog.get(BLOOD + "/BC-FEEDBACK")).contains("INBOUND");
    assertThat(catalog.get(RECORDS + "/MR-NHC-UP")).contains(1, 72);
    assertThat(catalog.keySet())
        .contains(FOLLOW_UP + "/HIS-FU-DISCHARGE", FOLLOW_UP + "/FU-SMS", FOLLOW_UP + "/FU-WECHAT");
  }

  @Test
  void scaleOneIsAboutAMillionExchangesSpreadLikeTheHospitals() {
    long total = perHospital.values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isBetween(850_000L, 1_150_000L);
    assertThat(share(COUNTY, total)).isBetween(0.40, 0.50);
    assertThat(share(MCH, total)).isBetween(0.20, 0.26);
    assertThat(share(FOLLOW_UP, total)).isBetween(0.17, 0.23);
    assertThat(share(RECORDS, total)).isBetween(0.04, 0.08);
    assertThat(share(BLOOD, total)).isBetween(0.03, 0.07);
  }

  private static double share(String org, long total) {
    return (double) perHospital.get(org) / total;
  }

  @Test
  void eachHospitalWritesOneFilePerMonthInItsOwnLayout() throws IOException {
    assertThat(year.interfaceFiles()).hasSize(5 * 12);
    assertThat(year.interfaceFiles())
        .contains(
            dir.resolve("interfaces/441700001/interface_exchanges_441700001_2025-11.jsonl"),
            dir.resolve("interfaces/510181001/interface_exchanges_510181001_2026-10.csv"));
    for (Path file : year.interfaceFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      String org = file.getParent().getFileName().toString();
      assertThat(GeneratedYear.startsWithBom(bytes))
          .as(file.toString())
          .isEqualTo(org.equals(FOLLOW_UP));
      List<String> lines = GeneratedYear.lines(file, GeneratedYear.charsetOf(file));
      String head = String.join("\n", lines.subList(0, 50));
      switch (org) {
        case COUNTY -> {
          assertThat(new String(bytes, 0, 200, StandardCharsets.UTF_8)).doesNotContain("机构代码");
          assertThat(lines.get(0)).startsWith("机构代码,交换流水号,接口编码,消息类型,业务主键,业务发生时间,发送时间");
          assertThat(lines.get(1))
              .matches(
                  "510181001,DJY-[A-Z]+-[0-9]{8}-[0-9]{7},.*,20[0-9/]{8} [0-9:]{8}\\.[0-9]{3},.*");
        }
        case RECORDS -> assertThat(head).contains("\"sent_at\":\"20").contains("+08:00\"");
        case BLOOD -> assertThat(head).contains("\"error_cause\":null", "\"retries\":0");
        case FOLLOW_UP -> assertThat(head).contains("\"error_cause\":null", "\"retries\":\"0\"");
        default -> assertThat(head).doesNotContain(":null").contains("\"retries\":0");
      }
    }
  }

  @Test
  void theOnlyGapsAreThePlannedOnes() {
    Map<String, List<LocalDate>> gaps = new TreeMap<>();
    for (Map.Entry<String, Object[]> entry : catalog.entrySet()) {
      Integer minimum = (Integer) entry.getValue()[7];
      if (minimum == null || minimum == 0) {
        continue;
      }
      Traffic t = traffic.get(entry.getKey());
      for (LocalDate d = YEAR.from(); !d.isAfter(YEAR.to()); d = d.plusDays(1)) {
        if (t.successPerDay.getOrDefault(d, 0) < minimum) {
          gaps.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(d);
        }
      }
    }
    assertThat(gaps)
        .containsOnlyKeys(MCH + "/MCH-CITY-UP", COUNTY + "/DJY-HIP-UP")
        .containsEntry(
            MCH + "/MCH-CITY-UP",
            List.of(
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12)))
        .containsEntry(
            COUNTY + "/DJY-HIP-UP", List.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16)));
    Traffic city = of(MCH, "MCH-CITY-UP");
    assertThat(city.sentPerDay)
        .doesNotContainKeys(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12));
    assertThat(city.sentPerDay.get(LocalDate.of(2026, 3, 13)))
        .as("catch-up of the stopped days")
        .isGreaterThan(2 * city.sentPerDay.get(LocalDate.of(2026, 3, 17)));
    assertThat(of(COUNTY, "DJY-HIP-UP").failuresPerDay.get("AUTH"))
        .containsKeys(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16));
  }

  @Test
  void outagesAreBurstsOfTargetDownFollowedByResendsWithRetries() {
    Map<String, LocalDate> outages =
        Map.of(
            COUNTY + "/CDYB-SETTLE", LocalDate.of(2026, 1, 8),
            MCH + "/MCH-PROV-UP", LocalDate.of(2026, 5, 19),
            BLOOD + "/BC-ORDER", LocalDate.of(2026, 8, 4),
            FOLLOW_UP + "/FU-SMS", LocalDate.of(2026, 9, 10));
    for (Map.Entry<String, Traffic> entry : traffic.entrySet()) {
      Map<LocalDate, Integer> down =
          entry.getValue().failuresPerDay.getOrDefault("TARGET_DOWN", Map.of());
      LocalDate planned = outages.get(entry.getKey());
      assertThat(down.keySet())
          .as(entry.getKey())
          .isEqualTo(planned == null ? Set.of() : Set.of(planned));
    }
    Traffic settle = of(COUNTY, "CDYB-SETTLE");
    LocalDate outage = LocalDate.of(2026, 1, 8);
    assertThat(settle.failuresPerDay.get("TARGET_DOWN").get(outage)).isGreaterThan(80);
    assertThat(settle.retriedPerDay.get(outage))
        .isGreaterThan(settle.failuresPerDay.get("TARGET_DOWN").get(outage));
    assertThat(
            of(MCH, "MCH-PROV-UP").failuresPerDay.get("TARGET_DOWN").get(LocalDate.of(2026, 5, 19)))
        .isGreaterThan(30);
  }

  @Test
  void aWeekOfCodeMappingErrorsFollowsTheProvincesDictionaryChange() {
    for (Map.Entry<String, Traffic> entry : traffic.entrySet()) {
      Map<LocalDate, Integer> mapping =
          entry.getValue().failuresPerDay.getOrDefault("CODE_MAPPING", Map.of());
      if (entry.getKey().equals(MCH + "/MCH-PROV-UP")) {
        assertThat(new TreeSet<>(mapping.keySet()))
            .containsExactlyElementsOf(
                LocalDate.of(2026, 7, 6).datesUntil(LocalDate.of(2026, 7, 13)).toList());
        assertThat(mapping.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
      } else {
        assertThat(mapping).as(entry.getKey()).isEmpty();
      }
    }
    assertThat(errorMessages).contains("民族代码 99 在省平台字典中无对照");
  }

  @Test
  void lateBatchesPushOneDeadlineInterfaceWellBelowTheOthers() {
    assertThat(onTime(RECORDS, "MR-NHC-UP")).isBetween(0.75, 0.92);
    for (String iface :
        List.of(
            MCH + "/MCH-PROV-UP",
            MCH + "/MCH-CITY-UP",
            COUNTY + "/SANYI-UP",
            COUNTY + "/DJY-HIP-UP")) {
      assertThat((double) traffic.get(iface).onTime / traffic.get(iface).timed)
          .as(iface)
          .isBetween(0.97, 0.995);
    }
    assertThat(of(MCH, "MCH-PROV-UP").batchOfTheDayBefore)
        .as("nightly batches of the previous day's records")
        .isGreaterThan(of(MCH, "MCH-PROV-UP").total / 2);
  }

  private static double onTime(String org, String iface) {
    Traffic t = of(org, iface);
    return (double) t.onTime / t.timed;
  }

  @Test
  void aboutThreeInAThousandSuccessesAreDuplicateDeliveries() {
    long duplicates = traffic.values().stream().mapToLong(t -> t.duplicates).sum();
    long successes = traffic.values().stream().mapToLong(t -> t.success).sum();
    assertThat((double) duplicates / successes).isBetween(0.002, 0.004);
  }

  @Test
  void aFewExchangesAwaitTheirAnswerAtTheEndOfTheExport() {
    assertThat(pending).hasSizeBetween(1, 40);
    assertThat(pending).allMatch(t -> t.isAfter(LocalDateTime.of(2026, 10, 31, 22, 29)));
  }

  @Test
  void trafficFollowsHospitalHoursAndTheHolidayCalendar() {
    long[] hours = of(MCH, "HIS-LIS-ORDER").sentPerHourOnWorkdays;
    assertThat(hours[9]).isGreaterThan(5 * hours[3]);
    assertThat(hours[15]).isGreaterThan(hours[12] * 3 / 2).isGreaterThan(5 * hours[3]);
    Traffic settle = of(COUNTY, "CDYB-SETTLE");
    double festival = perDay(settle, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20));
    double before = perDay(settle, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 13));
    assertThat(festival).isLessThan(before / 2);
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(settle.sentPerDay.get(saturday))
        .isLessThan(settle.sentPerDay.get(saturday.plusDays(2)));
    assertThat(settle.sentPerDay.get(LocalDate.of(2026, 2, 28)))
        .as("make-up working Saturday")
        .isGreaterThan(settle.sentPerDay.get(saturday));
  }

  private static double perDay(Traffic t, LocalDate from, LocalDate to) {
    int sum = 0;
    int days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      sum += t.sentPerDay.getOrDefault(d, 0);
      days++;
    }
    return (double) sum / days;
  }

  @Test
  void latenciesAreShortInsideTheHospitalAndLongerToPlatformsWithATail() {
    for (Map.Entry<String, Traffic> entry : traffic.entrySet()) {
      Traffic t = entry.getValue();
      String direction = (String) catalog.get(entry.getKey())[5];
      long p50 = t.percentile(0.5);
      if (direction.equals("INTERNAL")) {
        assertThat(p50).as(entry.getKey()).isBetween(10L, 300L);
      } else if (direction.equals("OUTBOUND")) {
        assertThat(p50).as(entry.getKey()).isBetween(300L, 3_000L);
      }
      assertThat(t.percentile(0.99)).as(entry.getKey()).isGreaterThan(t.percentile(0.95));
      assertThat(t.percentile(0.95)).as(entry.getKey()).isGreaterThan(p50);
    }
  }

  @Test
  void errorTextsSurviveJsonAndCsvQuotingIntact() {
    assertThat(errorMessages)
        .contains(
            "平台返回: \"数据处理失败, 请稍后重试\"", "前置机目录 D:\\upload\\out 写入失败", "成都市医保信息平台服务不可用（系统故障抢修中）");
  }
}
