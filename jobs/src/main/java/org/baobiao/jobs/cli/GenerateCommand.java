package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baobiao.jobs.sample.SampleRequest;
import org.baobiao.jobs.sample.SampleService;
import org.baobiao.sample.GeneratedFiles;
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

  @Option(
      names = "--out",
      converter = OutputDirConverter.class,
      required = true,
      paramLabel = "DIR",
      description = "输出目录")
  Path out;

  @Mixin SampleOptionsMixin sample;

  @Override
  public Integer call() throws Exception {
    GeneratedFiles files =
        new SampleService()
            .generate(new SampleRequest(out, sample.scale, sample.seed), top.console.progress());
    top.console.out().println("样例数据已写入 " + out.toAbsolutePath().normalize());
    top.console.out().println(ResultPrinter.summary(files));
    return 0;
  }
}
