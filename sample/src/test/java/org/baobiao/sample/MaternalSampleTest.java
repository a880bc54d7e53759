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
import org.baobiao.spec.personal.CitizenId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample maternal records of the MCH hospital over one statistical year: the rates
 * docs/formats.md states (“Sample maternal records”), within the play of a year's draws.
 */
class MaternalSampleTest {
  private static final SampleOptions YEAR =
      new SampleOptions(
          1,
          SampleOptions.DEFAULT_SEED,
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2026, 9, 30),
          SampleOptions.DEFAULT_EXPORTED_AT);

  @TempDir static Path dir;
  static Path mch;

  @BeforeAll
  static void generate() throws IOException {
    GeneratedFiles files = new SampleDataGenerator(YEAR).generate(dir, ProgressListener.NONE);
    mch = dir.resolve("mch/441700001");
    assertThat(files.mchFiles())
        .filteredOn(f -> f.getFileName().toString().startsWith("mch_"))
        .as("the maternal files, then the child health files (ChildSampleTest)")
        .startsWith(
            mch.resolve("mch_registrations_441700001.csv"),
            mch.resolve("mch_antenatal_visits_441700001.csv"),
            mch.resolve("mch_births_441700001.csv"),
            mch.resolve("mch_postpartum_visits_441700001.csv"),
            mch.resolve("mch_risk_assessments_441700001.csv"),
            mch.resolve("mch_infection_tests_441700001.csv"),
            mch.resolve("mch_prenatal_screenings_441700001.csv"),
            mch.resolve("mch_maternal_deaths_441700001.csv"),
            mch.resolve("mch_defect_cards_441700001.csv"));
  }

  /** The rows of a kind, without the planted dirty ones (ids with X). */
  private static List<String[]> rows(String kind) {
    return GeneratedYear.lines(mch.resolve(kind + "_441700001.csv"), StandardCharsets.UTF_8)
        .stream()
        .skip(1)
        .filter(l -> !l.contains(",MGX"))
        .map(l -> l.split(",", -1))
        .toList();
  }

  /**
   * 97 % of registered mothers have an ID number (the upload to the provincial platform carries
   * it), each valid under GB 11643, a woman's (even sequence digit), of someone 22–38 years old
   * when she registered.
   */
  @Test
  void registeredMothersHaveValidIdNumbers() {
    List<String[]> registrations = rows("mch_registrations");
    int with = 0;
    for (String[] r : registrations) {
      String id = r[4];
      if (id.isEmpty()) {
        continue;
      }
      with++;
      assertThat(CitizenId.problem(id)).as(id).isNull();
      assertThat((id.charAt(16) - '0') % 2).as("sex digit of %s", id).isZero();
      int age = java.time.Period.between(CitizenId.birthDate(id), LocalDate.parse(r[8])).getYears();
      assertThat(age).as("age of %s at registration", id).isBetween(22, 38);
    }
    assertThat((double) with / registrations.size()).isCloseTo(0.97, within(0.01));
  }

  @Test
  void aboutThreeHundredMothersAMonthMostRegisteredEarlyAndAboutFortyPercentByCaesarean() {
    List<String[]> births = rows("mch_births");
    Set<String> mothers = new HashSet<>();
    Set<String> caesarean = new HashSet<>();
    long live = 0;
    for (String[] b : births) {
      mothers.add(b[2]);
      if (b[6].equals("CAESAREAN")) {
        caesarean.add(b[2]);
      }
      if (b[7].equals("LIVE")) {
        live++;
        assertThat(b[10]).as("a live birth's certificate").matches("[A-Z][0-9]{9}");
      }
    }
    assertThat(mothers.size()).isBetween(3300, 3900);
    assertThat(live).isBetween((long) mothers.size() - 60, (long) mothers.size() + 80);
    assertThat(caesarean.size() * 1.0 / mothers.size()).isCloseTo(0.40, within(0.03));
    List<String[]> registrations = rows("mch_registrations");
    long early = registrations.stream().filter(r -> Integer.parseInt(r[9]) < 13).count();
    assertThat(early * 1.0 / registrations.size()).isCloseTo(0.97, within(0.02));
    assertThat(registrations.size() * 1.0 / mothers.size()).isCloseTo(0.99, within(0.01));
  }

  @Test
  void highRiskAboutAThirdAndTestsNearlyUniversal() {
    List<String[]> assessments = rows("mch_risk_assessments");
    long highRisk = assessments.stream().filter(a -> !a[5].equals("GREEN")).count();
    long registered = assessments.stream().filter(a -> a[5].equals("GREEN")).count();
    assertThat(highRisk * 1.0 / registered).isCloseTo(0.34, within(0.03));
    List<String[]> tests = rows("mch_infection_tests");
    long hbvPositive =
        tests.stream().filter(t -> t[4].equals("HBV") && t[6].equals("POSITIVE")).count();
    long hbv = tests.stream().filter(t -> t[4].equals("HBV")).count();
    assertThat(hbvPositive * 1.0 / hbv).isCloseTo(0.06, within(0.015));
    assertThat(rows("mch_maternal_deaths"))
        .as("one maternal death a statistical year, in February")
        .singleElement()
        .satisfies(d -> assertThat(d[6]).startsWith("2026-02-"));
  }

  @Test
  void mostMothersScreenedAFewHighRiskMostOfThemDiagnosedAndAFifthAnaemic() {
    Set<String> registered = new HashSet<>();
    rows("mch_registrations").forEach(r -> registered.add(r[1]));
    List<String[]> prenatal = rows("mch_prenatal_screenings");
    Set<String> screened = new HashSet<>();
    Set<String> high = new HashSet<>();
    Set<String> diagnosed = new HashSet<>();
    for (String[] p : prenatal) {
      assertThat(registered).as("a screening of a registered pregnancy").contains(p[2]);
      if (p[3].equals("SCREENING") && !p[4].equals("ULTRASOUND")) {
        screened.add(p[2]);
        if (p[7].equals("HIGH")) {
          high.add(p[2]);
        }
      }
      if (p[3].equals("DIAGNOSIS")) {
        diagnosed.add(p[2]);
      }
    }
    assertThat(screened.size() * 1.0 / registered.size()).isCloseTo(0.92, within(0.02));
    assertThat(high.size() * 1.0 / screened.size()).isBetween(0.02, 0.05);
    assertThat(high.stream().filter(diagnosed::contains).count() * 1.0 / high.size())
        .isCloseTo(0.8, within(0.12));
    Map<String, Integer> lowest = new HashMap<>();
    for (String[] v : rows("mch_antenatal_visits")) {
      if (!v[5].isEmpty()) {
        lowest.merge(v[2], Integer.parseInt(v[5]), Math::min);
      }
    }
    long mothers = rows("mch_births").stream().map(b -> b[2]).distinct().count();
    assertThat(lowest.size() * 1.0 / mothers).isCloseTo(0.98, within(0.01));
    assertThat(lowest.values().stream().filter(hb -> hb < 110).count() * 1.0 / lowest.size())
        .isBetween(0.12, 0.30);
    assertThat(lowest.values().stream().filter(hb -> hb < 100).count() * 1.0 / lowest.size())
        .isBetween(0.01, 0.08);
  }

  @Test
  void aboutOneHundredAndTwentyFiveDefectsInTenThousandPerinatalBirthsEachOnItsBirth() {
    List<String[]> births = rows("mch_births");
    Set<String> birthIds = new HashSet<>();
    births.forEach(b -> birthIds.add(b[1]));
    List<String[]> cards = rows("mch_defect_cards");
    List<String[]> perinatal = cards.stream().filter(c -> Integer.parseInt(c[8]) >= 28).toList();
    assertThat(perinatal).allSatisfy(c -> assertThat(birthIds).contains(c[2]));
    assertThat(perinatal.size() * 10_000.0 / births.size()).isBetween(90.0, 160.0);
    assertThat(perinatal).anySatisfy(c -> assertThat(c[12]).contains(";"));
    assertThat(cards)
        .as("terminations before 28 weeks, without a birth record, most months")
        .filteredOn(c -> c[9].equals("TERMINATION") && c[2].isEmpty())
        .hasSizeBetween(4, 12)
        .allSatisfy(c -> assertThat(Integer.parseInt(c[8])).isLessThan(28));
  }
}
