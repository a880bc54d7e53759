package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says for abusive arguments and broken surroundings: one Chinese line with
 * the right exit code, no stack trace, no English store text, no password, no 100,000-character
 * echo, and no empty warehouse created for a mistyped path.
 */
class MessagesIT {
  @TempDir Path dir;

  private CliRunner cli(Path warehouse) {
    return new CliRunner(warehouse);
  }

  private Path loadedWarehouse() {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    Path input = Fixtures.copy("medrec-qc/october/input", dir.resolve("in"));
    assertThat(
            cli(warehouse)
                .run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    return warehouse;
  }

  @Test
  void periodsOutsideTheWarehousesYearsAreUsageErrors() {
    Path warehouse = loadedWarehouse();
    for (String period : new String[] {"1900", "0000-01", "1999-Q4", "2100-01"}) {
      CliRunner.Result r = cli(warehouse).run("report", "ops-monthly", "--period", period);
      assertThat(r.exitCode()).as(period + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("统计期间 '" + period + "' 的年份").contains("2000 到 2099");
      assertThat(r.err()).doesNotContain("Null").doesNotContain("\tat ");
    }
  }

  @Test
  void aHugeValueIsQuotedByItsFirst200Characters() {
    Path warehouse = loadedWarehouse();
    String huge = "9".repeat(100_000);
    CliRunner.Result r = cli(warehouse).run("report", "ops-monthly", "--period", huge);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("…(共100000字符)").hasSizeLessThan(5_000);
    CliRunner.Result id = cli(warehouse).run("report", "x".repeat(100_000), "--period", "2026-10");
    assertThat(id.exitCode()).isEqualTo(2);
    assertThat(id.err()).contains("…(共100000字符)").hasSizeLessThan(5_000);
  }

  @Test
  void outAtAFileSaysItIsAFile() throws Exception {
    Path warehouse = loadedWarehouse();
    Path file = Files.writeString(dir.resolve("report.txt"), "x");
    CliRunner.Result r =
        cli(warehouse)
            .run("report", "ops-monthly", "--period", "2026-10", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("是一个文件，不是目录").contains("--out 应为输出目录");
    CliRunner.Result under =
        cli(warehouse).run("generate", "--out", file.resolve("sample").toString(), "--scale", "1");
    assertThat(under.exitCode()).isEqualTo(2);
    assertThat(under.err()).contains("是一个文件，不是目录");
  }

  @Test
  void aMistypedWarehouseIsRefusedByReadCommandsAndNotCreated() {
    Path typo = dir.resolve("data/warehuose.duckdb");
    for (String[] command :
        new String[][] {
          {"status"},
          {"report", "ops-monthly", "--period", "2026-10"},
          {"sla", "explain", "--ticket", "T1"},
          {"medrec", "qc"},
          {"maintain"}
        }) {
      CliRunner.Result r = cli(typo).run(command);
      assertThat(r.exitCode()).as(String.join(" ", command) + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("数据仓库 " + typo + " 不存在").contains("--warehouse");
      assertThat(typo).doesNotExist();
    }
  }

  @Test
  void aDamagedWarehouseFileIsCalledDamagedNotBusy() throws Exception {
    Path warehouse = loadedWarehouse();
    byte[] bytes = Files.readAllBytes(warehouse);
    for (int i = 0; i < bytes.length; i += 7) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A);
    }
    Files.write(warehouse, bytes);
    CliRunner.Result r = cli(warehouse).run("status");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("已损坏或不是 DuckDB 数据库文件")
        .doesNotContain("另一个")
        .doesNotContain("\tat ");
  }

  @Test
  void aPasswordInASourceUrlIsRefusedByExtractAndSourcesWithoutBeingPrinted() throws Exception {
    Path warehouse = loadedWarehouse();
    Path sources = Files.createDirectories(dir.resolve("sources"));
    String[] urls = {
      "jdbc:mariadb:sequential://etl:s3cret@127.0.0.1:3306/test",
      "jdbc:oracle:thin:etl/s3cret@//127.0.0.1:1521/SVC",
      "jdbc:postgresql://127.0.0.1/test?user=etl&password=s3cret"
    };
    for (String url : urls) {
      Path def = sources.resolve("leak.yaml");
      Files.writeString(
          def,
          "id: leak\nkind: interface_exchanges\nconnection:\n  url: "
              + url
              + "\ntable: interface_log\nkey: id\nwatermark: updated_at\nfields:\n"
              + "  exchange_id: id\n  interface_id: iface\n  sent_at: sent\n  status: result\n"
              + "constants:\n  org_code: \"430100003\"\n",
          StandardCharsets.UTF_8);
      CliRunner.Result extract = cli(warehouse).run("extract", def.toString());
      assertThat(extract.exitCode()).as(url + extract.err()).isEqualTo(2);
      assertThat(extract.out() + extract.err()).contains("URL 中不得含用户名或密码").doesNotContain("s3cret");
      CliRunner.Result listed = cli(warehouse).run("sources", "--sources", sources.toString());
      assertThat(listed.out() + listed.err()).contains("URL 中不得含用户名或密码").doesNotContain("s3cret");
    }
  }
}
