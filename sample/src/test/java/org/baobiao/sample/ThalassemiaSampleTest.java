package org.baobiao.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample thalassemia records of the maternal and child health hospital (441700001) over a
 * statistical year: rates near the Guangdong survey docs/formats.md cites (carriers about 17 %, α
 * more common than β), every couple's partners screened or listed as missing, nothing after the
 * export's last day.
 */
class ThalassemiaSampleTest {
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
        .filteredOn(f -> f.getFileName().toString().startsWith("thal_"))
        .containsExactly(
            mch.resolve("thal_screenings_441700001.csv"),
            mch.resolve("thal_gene_tests_441700001.csv"),
            mch.resolve("thal_couples_441700001.csv"),
            mch.resolve("thal_pregnancies_441700001.csv"),
            mch.resolve("thal_prenatal_diagnoses_441700001.csv"));
  }

  private static List<String[]> rows(String kind) {
    return GeneratedYear.lines(mch.resolve(kind + "_441700001.csv"), StandardCharsets.UTF_8)
        .stream()
        .skip(1)
        .filter(l -> !l.contains(",TSX") && !l.contains(",TCX") && !l.contains(",TYX"))
        .filter(l -> !l.contains(",TDX"))
        .map(l -> l.split(",", -1))
        .toList();
  }

  @Test
  void carrierRatesAreThoseOfGuangdongAlphaMoreCommonThanBeta() {
    List<String[]> screenings = rows("thal_screenings");
    Set<String> people = new HashSet<>();
    long positive = 0;
    for (String[] s : screenings) {
      people.add(s[2]);
      if (s[12].equals("POSITIVE")) {
        positive++;
      }
    }
    long alpha = 0;
    long beta = 0;
    long carriers = 0;
    for (String[] g : rows("thal_gene_tests")) {
      boolean a = !g[5].equals("NORMAL");
      boolean b = !g[7].equals("NORMAL");
      alpha += a ? 1 : 0;
      beta += b ? 1 : 0;
      carriers += a || b ? 1 : 0;
    }
    double screened = people.size();
    assertThat(screened)
        .as("about 200 couples a month, most men screened")
        .isBetween(4000.0, 5000.0);
    assertThat(positive / screened).as("screen-positive rate").isBetween(0.15, 0.25);
    // detected carriers: the 16.45 % of the survey less silent α carriers with normal indices
    // and the 5 % of positives not gene-tested
    assertThat(carriers / screened).as("carriers detected").isBetween(0.12, 0.17);
    assertThat(alpha).as("α carriers").isGreaterThan(2 * beta);
    assertThat(beta / screened).as("β carriers").isBetween(0.03, 0.06);
  }

  @Test
  void everyCoupleHasItsWomanScreenedAndSomeMenAreMissing() {
    Set<String> screened = new HashSet<>();
    for (String[] s : rows("thal_screenings")) {
      screened.add(s[2]);
    }
    long missingMen = 0;
    List<String[]> couples = rows("thal_couples");
    for (String[] c : couples) {
      assertThat(screened).as(c[1]).contains(c[2]);
      missingMen += screened.contains(c[3]) ? 0 : 1;
    }
    assertThat((double) missingMen / couples.size())
        .as("men without a screening record, listed by the report")
        .isBetween(0.05, 0.2);
  }

  @Test
  void highRiskPregnanciesAreDiagnosedAndSevereFetusesMostlyTerminated() {
    Map<String, String> fetal = new HashMap<>();
    for (String[] d : rows("thal_prenatal_diagnoses")) {
      fetal.put(d[2], d[7]);
      assertThat(LocalDate.parse(d[3])).isBeforeOrEqualTo(YEAR.to());
    }
    List<String[]> pregnancies = rows("thal_pregnancies");
    assertThat(pregnancies).hasSizeBetween(10, 60);
    assertThat((double) fetal.size() / pregnancies.size()).isBetween(0.6, 1.0);
    for (String[] p : pregnancies) {
      if (!p[6].isEmpty()) {
        assertThat(LocalDate.parse(p[6])).isBeforeOrEqualTo(YEAR.to());
      }
      if ("SEVERE".equals(fetal.get(p[1])) && !p[5].isEmpty()) {
        assertThat(p[5]).as(p[1]).isIn("TERMINATION", "BIRTH");
      }
    }
  }
}
