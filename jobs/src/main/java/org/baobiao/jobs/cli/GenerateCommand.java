package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.sample.SampleDataGenerator;
import org.baobiao.sample.SampleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao generate}: write the sample source files. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "生成样例源文件：五家需求文档中的医院、合同、维护系统和接口目录，以及一年的运维工单流水、运维活动记录和接口数据交换记录（含少量故意的脏数据）。",
      "相同的 --seed 和 --scale 生成逐字节相同的文件。"
    })
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录")
  Path out;

  @Mixin SampleOptionsMixin sample;

  @Override
  public Integer call() throws Exception {
    GeneratedFiles files = generate(top.console, out, sample.scale, sample.seed);
    top.console.out().println("样例数据已写入 " + out.toAbsolutePath().normalize());
    top.console.out().println(summary(files));
    return 0;
  }

  /**
   * One line for people: files, tickets, event, activity and interface exchange rows, the
   * deliberately dirty rows.
   */
  static String summary(GeneratedFiles files) {
    return String.format(
        "%d 个参考数据文件，%d 个工单流水文件（%,d 张工单，%,d 行事件），%d 个运维活动文件（%,d 行），"
            + "%d 个接口数据交换记录文件（%,d 行），%d 个病案首页文件（首页 %,d 份），%d 个临床用血文件（%,d 行）；其中故意的脏数据 %d 行",
        files.referenceFiles().size(),
        files.ticketFiles().size(),
        files.tickets(),
        files.eventRows(),
        files.activityFiles().size(),
        files.activityRows(),
        files.interfaceFiles().size(),
        files.interfaceRows(),
        files.medrecFiles().size(),
        files.medrecRows(),
        files.bloodFiles().size(),
        files.bloodRows(),
        files.dirtyRows().size());
  }

  static GeneratedFiles generate(Console console, Path out, int scale, long seed) throws Exception {
    if (scale < 1 || scale > SampleOptions.MAX_SCALE) {
      throw new IllegalArgumentException(
          "--scale 须为 1 到 " + SampleOptions.MAX_SCALE + " 之间的整数，实际为 " + scale);
    }
    var progress = console.progress();
    progress.start("生成样例数据");
    // Each kind of file counts its own rows; the bar shows their sum so that it never goes back.
    Map<String, Long> rowsByKind = new HashMap<>();
    try {
      return new SampleDataGenerator(SampleOptions.defaults(scale, seed))
          .generate(
              out,
              (stage, rows) -> {
                if (!stage.equals("done")) {
                  rowsByKind.put(stage.split(" ")[0], rows);
                  progress.progress(rowsByKind.values().stream().mapToLong(Long::longValue).sum());
                }
              });
    } finally {
      progress.finish();
    }
  }
}
