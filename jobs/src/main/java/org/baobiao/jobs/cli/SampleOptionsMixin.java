package org.baobiao.jobs.cli;

import org.baobiao.sample.SampleOptions;
import picocli.CommandLine.Option;

/** The sample-data options shared by {@code generate} and {@code demo}. */
final class SampleOptionsMixin {
  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "N",
      description = "数据量倍数（1 ≈ 五家医院一年，约两万张工单；默认 ${DEFAULT-VALUE}）")
  int scale;

  @Option(
      names = "--seed",
      defaultValue = "" + SampleOptions.DEFAULT_SEED,
      paramLabel = "S",
      description = "随机种子（默认 ${DEFAULT-VALUE}）；相同的种子与倍数生成逐字节相同的文件")
  long seed;
}
