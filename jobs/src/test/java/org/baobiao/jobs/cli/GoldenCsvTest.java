package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden comparison cannot skip: missing, extra and differing files are all problems. */
class GoldenCsvTest {
  private static final String CASE = "some-report/october";

  @TempDir Path dir;
  Path golden;
  Path actualRoot;
  Path expected;
  Map<String, String> actual;

  @BeforeEach
  void caseWithTwoDatasets() throws IOException {
    golden = dir.resolve("golden");
    actualRoot = dir.resolve("target/golden-actual");
    expected = golden.resolve(CASE).resolve("expected");
    Files.createDirectories(expected);
    Files.writeString(expected.resolve("summary.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    actual = new LinkedHashMap<>();
    actual.put("summary", "a,b\n1,2\n");
    actual.put("detail", "x\n7\n");
  }

  @Test
  void aDatasetWithoutAnExpectedFileFailsNamingTheFileAndHowToCreateIt() throws IOException {
    List<String> problems = new GoldenCsv(golden, actualRoot, false).compare(CASE, actual);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .contains("dataset detail has no expected file " + expected.resolve("detail.csv"))
        .contains(actualRoot.resolve(CASE).resolve("detail.csv").toString())
        .contains("-Dgolden.update=true");
    assertThat(Files.readString(actualRoot.resolve(CASE).resolve("detail.csv")))
        .isEqualTo("x\n7\n");
    assertThat(expected.resolve("detail.csv")).doesNotExist();
  }

  @Test
  void anExpectedFileForADatasetTheReportDoesNotHaveFails() throws IOException {
    Files.writeString(expected.resolve("detail.csv"), "x\n7\n", StandardCharsets.UTF_8);
    Files.writeString(expected.resolve("old_name.csv"), "x\n", StandardCharsets.UTF_8);

    List<String> problems = new GoldenCsv(golden, actualRoot, false).compare(CASE, actual);

    assertThat(problems)
        .containsExactly(
            "expected file "
                + expected.resolve("old_name.csv")
                + " names no dataset of the report (datasets: summary, detail); rename or delete"
                + " it");
  }

  @Test
  void aDifferenceNamesTheFirstDifferingLineAndLeavesTheActualRowsForDiffing() throws IOException {
    Files.writeString(expected.resolve("detail.csv"), "x\n8\n", StandardCharsets.UTF_8);

    List<String> problems = new GoldenCsv(golden, actualRoot, false).compare(CASE, actual);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .contains("dataset detail differs")
        .contains("line 2: expected [8] but was [7]");
    assertThat(Files.readString(actualRoot.resolve(CASE).resolve("detail.csv")))
        .isEqualTo("x\n7\n");
    assertThat(Files.readString(expected.resolve("detail.csv"))).isEqualTo("x\n8\n");
  }

  @Test
  void matchingFilesAreNoProblemAndLeaveNothingUnderTarget() throws IOException {
    Files.writeString(expected.resolve("detail.csv"), "x\n7\n", StandardCharsets.UTF_8);

    assertThat(new GoldenCsv(golden, actualRoot, false).compare(CASE, actual)).isEmpty();
    assertThat(actualRoot).doesNotExist();
  }

  @Test
  void updateAcceptsTheActualRowsAndDropsFilesWithoutADataset() throws IOException {
    Files.writeString(expected.resolve("summary.csv"), "a,b\n1,3\n", StandardCharsets.UTF_8);
    Files.writeString(expected.resolve("old_name.csv"), "x\n", StandardCharsets.UTF_8);

    assertThat(new GoldenCsv(golden, actualRoot, true).compare(CASE, actual)).isEmpty();

    assertThat(Files.readString(expected.resolve("summary.csv"))).isEqualTo("a,b\n1,2\n");
    assertThat(Files.readString(expected.resolve("detail.csv"))).isEqualTo("x\n7\n");
    assertThat(expected.resolve("old_name.csv")).doesNotExist();
    assertThat(new GoldenCsv(golden, actualRoot, false).compare(CASE, actual)).isEmpty();
  }
}
