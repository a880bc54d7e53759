package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: demo writes every report for each sample hospital, and a rerun loads
 * nothing twice.
 */
class DemoIT {
  private static final String[] HOSPITALS = {
    "441700001", "510181001", "440100002", "430100003", "440800004"
  };

  @TempDir Path dir;

  @Test
  void demoWritesPdfAndXlsxPerHospitalAndARerunLoadsNothingTwice() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data/warehouse.duckdb"));
    Path out = dir.resolve("out");
    CliRunner.Result first = cli.run("demo", "--out", out.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    for (String h : HOSPITALS) {
      assertThat(out.resolve("ops-monthly_" + h + "_2026-10.pdf")).isNotEmptyFile();
      assertThat(out.resolve("ops-monthly_" + h + "_2026-10.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("sla-compliance_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      assertThat(out.resolve("sla-compliance_" + h + "_2026.xlsx")).isNotEmptyFile();
    }
    JsonNode before = new ObjectMapper().readTree(cli.run("status", "--json").out());
    assertThat(before.get("batches")).hasSize(73);
    long rejected = 0;
    for (JsonNode b : before.get("batches")) {
      assertThat(b.get("status").asText()).isEqualTo("LOADED");
      rejected += b.get("rows_rejected").asLong();
    }
    assertThat(rejected).isEqualTo(105);

    CliRunner.Result second = cli.run("demo", "--out", out.toString());
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("此前均已加载");
    JsonNode after = new ObjectMapper().readTree(cli.run("status", "--json").out());
    assertThat(after.get("batches")).hasSize(73);
    assertThat(after.get("data_version").asText()).isEqualTo(before.get("data_version").asText());
  }
}
