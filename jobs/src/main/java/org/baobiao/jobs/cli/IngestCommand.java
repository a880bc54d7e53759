package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.baobiao.jobs.ingest.IngestOutcome;
import org.baobiao.jobs.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao ingest}: load source files. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "加载源文件（文件或目录，目录递归查找）。同一内容的文件只加载一次；失败或中断的加载再次运行时从中断处继续。",
      "被拒绝的行写入拒绝表和输入文件旁的 <文件名>.rejects.csv。"
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Option(
      names = "--domain",
      required = true,
      paramLabel = "DOMAIN",
      description =
          "数据域: reference（医院、合同、系统、接口目录）、tickets（运维工单流水）、activities（运维活动记录）"
              + "或 interfaces（接口交换记录，JSON 行或 CSV）")
  String domain;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "源文件字符编码（UTF-8、GBK、GB18030）；默认自动识别")
  String encoding;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或目录")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    List<Path> files;
    try {
      files = IngestService.expand(domain, paths);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (AppSession session = new AppSession(top)) {
      if (files.isEmpty()) {
        top.console.err().println("没有找到数据域 " + domain + " 的源文件: " + paths);
        return 1;
      }
      Summary summary =
          load(top.console, session.ingestService(), domain, files, encoding, top.dataDir());
      return summary.exitCode();
    }
  }

  /** Totals of a multi-file load. */
  record Summary(int loaded, int skipped, int failed, long rows, long rejected) {
    int exitCode() {
      if (failed > 0) {
        return 1;
      }
      return rejected > 0 ? BaobiaoCommand.EXIT_REJECTS : 0;
    }
  }

  static Summary load(
      Console console,
      IngestService service,
      String domain,
      List<Path> files,
      String encoding,
      Path dataDir)
      throws Exception {
    int loaded = 0;
    int skipped = 0;
    int failed = 0;
    long rows = 0;
    long rejected = 0;
    for (IngestOutcome o : service.ingestAll(domain, files, encoding, dataDir.resolve("rejects"))) {
      Path file = o.file();
      String batch = o.batch() == null ? "" : "批次 " + o.batch().batchId() + " ";
      switch (o.kind()) {
        case LOADED -> {
          loaded++;
          rows += o.batch().rowsLoaded();
          rejected += o.rejected();
          console.out().println("  已加载 " + file.getFileName() + ": " + batch + o.message());
          if (o.rejected() > 0) {
            console.out().println("    拒绝明细: " + o.batch().rejectFile());
          }
        }
        case ALREADY_LOADED -> {
          skipped++;
          console.out().println("  跳过 " + file.getFileName() + ": " + o.message());
        }
        case FAILED -> {
          failed++;
          console.err().println("  失败 " + file.getFileName() + ": " + batch + o.message());
        }
      }
    }
    console
        .out()
        .printf(
            "%s: %d 个文件已加载（%,d 行），%d 个已加载过而跳过，%d 个失败；拒绝 %,d 行。%n",
            domain, loaded, rows, skipped, failed, rejected);
    return new Summary(loaded, skipped, failed, rows, rejected);
  }
}
