package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample child health records of the MCH hospital over one statistical year: the rates
 * docs/formats.md states (“Sample child health records”), within the play of a year's draws, and
 * every newborn record naming a live birth of the maternal records.
 */
class ChildSampleTest {
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
    List<Path> mchFiles = files.mchFiles();
    // The child health files, before the two premarital and pre-pregnancy files.
    assertThat(mchFiles.subList(mchFiles.size() - 8, mchFiles.size() - 2))
        .containsExactly(
            mch.resolve("mch_children_441700001.csv"),
            mch.resolve("mch_newborn_visits_441700001.csv"),
            mch.resolve("mch_child_checks_441700001.csv"),
            mch.resolve("mch_newborn_screenings_441700001.csv"),
            mch.resolve("mch_hearing_screenings_441700001.csv"),
            mch.resolve("mch_child_deaths_441700001.csv"));
  }

  /** The rows of a kind, without the planted dirty ones (ids with X). */
  private static List<String[]> rows(String kind) {
    return GeneratedYear.lines(mch.resolve(kind + "_441700001.csv"), StandardCharsets.UTF_8)
        .stream()
        .skip(1)
        .filter(l -> !l.contains(",CHX") && !l.contains(",CDX"))
        .map(l -> l.split(",", -1))
        .toList();
  }

  /** The live births of the sample, or those delivered a month before its end and earlier. */
  private static Set<String> liveBirths(boolean monthBeforeEnd) {
    Set<String> live = new HashSet<>();
    for (String[] b : rows("mch_births")) {
      if (b[7].equals("LIVE")
          && (!monthBeforeEnd || LocalDate.parse(b[3]).isBefore(YEAR.to().minusDays(30)))) {
        live.add(b[1]);
      }
    }
    return live;
  }

  @Test
  void newbornsAreVisitedAndScreenedAtTheNationalRates() {
    Set<String> all = liveBirths(false);
    // Those born in the last month have not all had their visits and screenings yet.
    Set<String> live = liveBirths(true);
    Set<String> visited = new HashSet<>();
    for (String[] v : rows("mch_newborn_visits")) {
      assertThat(all).as("a visit names a live birth").contains(v[2]);
      if (live.contains(v[2]) && Integer.parseInt(v[4]) <= 28) {
        visited.add(v[2]);
      }
    }
    assertThat(visited.size() * 1.0 / live.size()).isCloseTo(0.967, within(0.01));
    Set<String> pku = new HashSet<>();
    for (String[] s : rows("mch_newborn_screenings")) {
      assertThat(all).contains(s[2]);
      if (live.contains(s[2]) && s[3].equals("PKU")) {
        pku.add(s[2]);
      }
    }
    assertThat(pku.size() * 1.0 / live.size()).isCloseTo(0.985, within(0.01));
    long initial =
        rows("mch_hearing_screenings").stream()
            .filter(h -> live.contains(h[2]) && h[3].equals("INITIAL"))
            .count();
    assertThat(initial * 1.0 / live.size()).isCloseTo(0.95, within(0.015));
  }

  @Test
  void everyLiveBirthIsRegisteredBesideTheOlderChildrenAndChecksAgreeWithTheirAges() {
    Set<String> live = liveBirths(false);
    List<String[]> children = rows("mch_children");
    long newborns = children.stream().filter(c -> !c[2].isEmpty()).count();
    // All but those registered after the sample's end or dead before registration.
    assertThat(newborns).isBetween(live.size() - 80L, (long) live.size());
    assertThat(children.size() - newborns)
        .as("40 a month over 7 years, 300 in the last")
        .isBetween(6400L, 6480L);
    List<String[]> checks = rows("mch_child_checks");
    assertThat(checks.size()).isGreaterThan(30_000);
    for (String[] k : checks) {
      long months = ChronoUnit.MONTHS.between(LocalDate.parse(k[3]), LocalDate.parse(k[4]));
      assertThat(Integer.parseInt(k[5])).as(k[1]).isEqualTo((int) months).isLessThan(84);
    }
    long fedRecorded = checks.stream().filter(k -> !k[8].isEmpty()).count();
    long exclusive = checks.stream().filter(k -> k[8].equals("EXCLUSIVE")).count();
    assertThat(exclusive * 1.0 / fedRecorded).isCloseTo(0.45, within(0.03));
  }

  @Test
  void deathsOfChildrenUnderFiveAreRareAndBeforeTheFifthBirthday() {
    List<String[]> deaths = rows("mch_child_deaths");
    long inYear =
        deaths.stream()
            .filter(d -> !LocalDate.parse(d[8]).isBefore(YEAR.from()))
            .filter(
                d -> {
                  LocalDate born = LocalDate.parse(d[7]);
                  LocalDate died = LocalDate.parse(d[8]);
                  assertThat(died).isBefore(born.plusYears(5));
                  assertThat(Long.parseLong(d[9])).isEqualTo(ChronoUnit.DAYS.between(born, died));
                  return true;
                })
            .count();
    // About 6.8 ‰ of some 3,600 live births, and a few older children.
    assertThat(inYear).isBetween(8L, 50L);
  }
}
