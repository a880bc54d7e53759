package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baobiao acceptance} on the acceptance fixture (golden/acceptance/ht-2025-002): the command
 * parses, calls AcceptanceService and prints its result; refusals keep the README's exit codes.
 */
class AcceptanceCommandIT {
  @TempDir Path dir;

  @Test
  void writesThePackPrintsItsVerdictsAndTheSameTimeGivesTheSameBytes() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data/warehouse.duckdb"));
    Path input = Fixtures.copy("acceptance/ht-2025-002/input", dir.resolve("in"));
    for (String domain : new String[] {"reference", "tickets", "activities"}) {
      CliRunner.Result r = cli.run("ingest", "--domain", domain, input.resolve(domain).toString());
      assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }
    CliRunner.Result early =
        cli.run("acceptance", "--contract", "HT-2025-002", "--out", dir.resolve("x").toString());
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.err()).contains("合同 HT-2025-002 还没有服务级别计算结果；请先运行 ./baobiao sla evaluate。");
    assertThat(cli.run("sla", "evaluate").exitCode()).isZero();

    String[] args = {
      "acceptance",
      "--contract",
      "HT-2025-002",
      "--period",
      "2025-10-20..2026-10-31",
      "--generated-at",
      "2026-11-05T10:00",
      "--out",
      ""
    };
    args[args.length - 1] = dir.resolve("a").toString();
    CliRunner.Result a = cli.run(args);
    assertThat(a.exitCode()).as(a.out() + a.err()).isZero();
    Path zip = dir.resolve("a/acceptance_HT-2025-002_2025-10-20..2026-10-31.zip");
    assertThat(a.out())
        .contains("验收资料包已生成: " + zip)
        .contains("合同 HT-2025-002 第 1 版 · 验收条件第 1 版 · 期间 2025-10-20 至 2026-10-31")
        .contains("生成时间 2026-11-05 10:00:00")
        .contains("第一笔付款（合同总金额的30%）：需人工确认。")
        .contains("第二笔付款（合同总金额的70%）：不满足。")
        .contains("00_cover.pdf  ", "05_payment-milestones.pdf  ", "manifest.json");
    args[args.length - 1] = dir.resolve("b").toString();
    args[6] = "2026-11-05 10:00:00";
    assertThat(cli.run(args).exitCode()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("b").resolve(zip.getFileName())))
        .isEqualTo(Files.readAllBytes(zip));

    CliRunner.Result badTime =
        cli.run("acceptance", "--contract", "HT-2025-002", "--generated-at", "11月5日");
    assertThat(badTime.exitCode()).isEqualTo(2);
    assertThat(badTime.err()).contains("生成时间 '11月5日' 格式不对");
    CliRunner.Result unknown = cli.run("acceptance", "--contract", "HT-9");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("没有编号为 'HT-9' 的合同");
  }
}
