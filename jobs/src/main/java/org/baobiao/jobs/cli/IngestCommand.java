package org.baobiao.jobs.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.baobiao.jobs.ingest.IngestRequest;
import org.baobiao.jobs.ingest.IngestResult;
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

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "文件或目录；Spark 引擎还可读 Hadoop 文件系统上的路径（hdfs://…、s3a://…）")
  List<String> paths;

  @Override
  public Integer call() throws Exception {
    List<Path> files;
    List<URI> remote = new ArrayList<>();
    List<Path> local = new ArrayList<>();
    try {
      for (String p : paths) {
        if (REMOTE.matcher(p).lookingAt()) {
          remote.add(URI.create(p));
        } else {
          local.add(Path.of(p));
        }
      }
      files = IngestService.expand(domain, local);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (AppSession session = new AppSession(top, true)) {
      IngestResult result =
          session.ingestService().ingest(new IngestRequest(domain, files, remote, encoding));
      if (result.outcomes().isEmpty()) {
        top.console.err().println("没有找到数据域 " + domain + " 的源文件: " + paths);
        return 1;
      }
      ResultPrinter.print(top.console, result);
      return exitCode(result);
    }
  }

  /** A location with a URI scheme of two letters or more ({@code hdfs://}, {@code s3a://}). */
  private static final Pattern REMOTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://");

  /** 1 when a file failed, else {@value BaobiaoCommand#EXIT_REJECTS} when rows were rejected. */
  static int exitCode(IngestResult result) {
    if (result.failed() > 0) {
      return 1;
    }
    return result.rejected() > 0 ? BaobiaoCommand.EXIT_REJECTS : 0;
  }
}
