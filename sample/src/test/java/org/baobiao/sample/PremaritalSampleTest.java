package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.CsvRecordReader;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample premarital and pre-pregnancy checks of the MCH hospital over one statistical year: the
 * rates docs/formats.md states (“Sample premarital and pre-pregnancy checks”).
 */
class PremaritalSampleTest {
  private static final SampleOptions YEAR =
      new SampleOptions(
          1,
          SampleOptions.DEFAULT_SEED,
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2026, 9, 30),
          SampleOptions.DEFAULT_EXPORTED_AT);

  @TempDir static Path dir;
  static Path mch;
  static GeneratedFiles year;

  @BeforeAll
  static void generate() throws IOException {
    year = new SampleDataGenerator(YEAR).generate(dir, ProgressListener.NONE);
    mch = dir.resolve("mch/441700001");
    assertThat(year.mchFiles())
        .as("the premarital and pre-pregnancy files come last")
        .endsWith(
            mch.resolve("mch_premarital_checks_441700001.csv"),
            mch.resolve("mch_preconception_checks_441700001.csv"));
  }

  /** The rows of a kind, without the planted dirty ones (ids with X). */
  private static List<String[]> rows(String kind) {
    return GeneratedYear.lines(mch.resolve(kind + "_441700001.csv"), StandardCharsets.UTF_8)
        .stream()
        .skip(1)
        .filter(l -> !l.contains("CX"))
        .map(l -> l.split(",", -1))
        .toList();
  }

  /**
   * Read back through the file kinds themselves: every generated row loads, every planted one is
   * rejected, with the field and reason the generator recorded.
   */
  @Test
  void everyRowLoadsButThePlantedOnesWhichAreRejectedAsRecorded() throws IOException {
    ReferenceData reference = ReferenceData.of(Set.of("441700001"), Set.of());
    for (String name : List.of("mch_premarital_checks", "mch_preconception_checks")) {
      FileKind kind = Domains.kind(name);
      Path file = mch.resolve(name + "_441700001.csv");
      Set<String> rejected = new HashSet<>();
      long loaded = 0;
      try (CsvRecordReader reader = new CsvRecordReader(file, DetectedEncoding.of(file, null))) {
        HeaderMap header = HeaderMap.of(reader.header(), kind.columns());
        for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
          try {
            kind.map(r, header, reference);
            loaded++;
          } catch (RowRejectedException e) {
            long line = r.line();
            e.rejects().forEach(x -> rejected.add(line + " " + x.field() + " " + x.reasonCode()));
          }
        }
      }
      assertThat(loaded).as(name).isEqualTo(rows(name).size());
      assertThat(rejected)
          .as(name)
          .containsExactlyInAnyOrderElementsOf(
              year.dirtyRows().stream()
                  .filter(d -> d.file().equals(file))
                  .map(d -> d.line() + " " + d.field() + " " + d.reason())
                  .toList());
    }
  }

  @Test
  void aboutFifteenInAHundredExaminedHaveADiseaseMostCouplesComeTogether() {
    List<String[]> checks = rows("mch_premarital_checks");
    // 40 couples a month, nine in ten both partners: about 912 people a year.
    assertThat(checks).hasSizeBetween(850, 980);
    assertThat(checks).allSatisfy(c -> assertThat(c[7]).isBetween("2025-10-01", "2026-09-30"));
    long found = checks.stream().filter(c -> !c[8].equals("NONE")).count();
    assertThat(found * 1.0 / checks.size()).isCloseTo(0.145, within(0.03));
    long internal = checks.stream().filter(c -> c[8].contains("INTERNAL")).count();
    assertThat(internal * 1.0 / checks.size()).isCloseTo(0.08, within(0.025));
    assertThat(checks.stream().filter(c -> c[8].contains("INFECTIOUS")).count()).isPositive();
    assertThat(checks)
        .filteredOn(c -> c[8].equals("NONE"))
        .allSatisfy(c -> assertThat(c[9]).isEqualTo("NO_OBJECTION"));
    Map<String, Integer> partners = new HashMap<>();
    checks.forEach(c -> partners.merge(c[2], 1, Integer::sum));
    long both = partners.values().stream().filter(n -> n == 2).count();
    assertThat(both * 1.0 / partners.size()).isCloseTo(0.9, within(0.04));
  }

  @Test
  void aboutThirteenInAHundredOfThePrePregnancyChecksAreHighRiskWithTheirFactors() {
    List<String[]> checks = rows("mch_preconception_checks");
    // 25 couples a month, the man also in eight in ten: about 540 people a year.
    assertThat(checks).hasSizeBetween(480, 600);
    long high = checks.stream().filter(c -> c[7].equals("HIGH")).count();
    assertThat(high * 1.0 / checks.size()).isCloseTo(0.13, within(0.035));
    assertThat(checks)
        .filteredOn(c -> c[7].equals("HIGH"))
        .allSatisfy(c -> assertThat(c[8]).isNotEmpty());
  }
}
