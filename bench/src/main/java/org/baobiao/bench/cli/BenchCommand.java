package org.baobiao.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.baobiao.bench.Bench;
import org.baobiao.bench.BenchResult;
import org.baobiao.bench.ProductApp;
import org.baobiao.jobs.cli.Console;
import org.baobiao.sample.SampleOptions;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baobiao bench}: measure Baobiao against what a user would use instead, in one run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "基准测试：在生成的数据上运行各场景（Baobiao 的真实加载、导出、报表、SLA 与启动路径，以及同一次运行中的对照："
          + "DuckDB 自带的读取器与 COPY、常规的 Spring Batch 流水线、手写 SQL、裸 SXSSF 循环、朴素的 SLA 计算、裸 JVM），"
          + "每个场景先预热一次，再各重复 --repeat 次，报告中位数、最快与最慢，以及两者速度之比。",
      "生成的数据与加载好的仓库保存在 --work 目录中，重复运行时不再生成。结果与机器说明见 docs/benchmarks.md。"
    })
final class BenchCommand implements Callable<Integer> {
  private final Console console;

  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "N",
      description = "数据量：样例生成器的规模（1 ≈ 一年约一百万条接口交换记录）；默认 ${DEFAULT-VALUE}")
  int scale;

  @Option(names = "--seed", defaultValue = "" + SampleOptions.DEFAULT_SEED, paramLabel = "S")
  long seed;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "NAME",
      description =
          "只运行这些场景（逗号分隔）：ingest-jsonl、ingest-csv、report-year、extract-xlsx、extract-csv、extract-masked-xlsx、"
              + "sla-engine、startup、pdf-detail；spark-vs-duckdb（两种引擎各跑一次完整演示，需时较长）只在此处点名时运行")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--repeat",
      defaultValue = "3",
      paramLabel = "R",
      description = "每个场景测量次数（另加一次预热）")
  int repeat;

  @Option(names = "--json", paramLabel = "FILE", description = "另以 JSON 写出结果（每个场景一个对象）")
  Path json;

  @Option(names = "--work", paramLabel = "DIR", description = "工作目录（默认数据目录下的 bench/）")
  Path work;

  BenchCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (scale < 1 || scale > SampleOptions.MAX_SCALE) {
      throw new BenchUsageException("--scale 须为 1 到 " + SampleOptions.MAX_SCALE + " 之间的整数");
    }
    if (repeat < 1) {
      throw new BenchUsageException("--repeat 至少为 1");
    }
    var out = console.out();
    Path dir = work != null ? work : dataDir().resolve("bench");
    out.println("基准测试：" + machine() + "；规模 " + scale + "，工作目录 " + dir.toAbsolutePath().normalize());
    Bench bench = new Bench(new ProductApp(), dir, scale, seed, repeat, out);
    List<BenchResult> results;
    try {
      results = bench.run(new LinkedHashSet<>(only));
    } catch (IllegalArgumentException e) {
      throw new BenchUsageException(e.getMessage());
    }
    out.println();
    out.printf(
        "%-24s %12s %9s %12s %8s  %-28s %9s %12s %8s  %s%n",
        "场景", "行数", "秒(中位)", "行/秒", "堆MiB", "对照", "对照秒", "对照行/秒", "比值", "目标");
    for (BenchResult r : results) {
      for (int k = 0; k < r.comparisons().size(); k++) {
        BenchResult.Comparison c = r.comparisons().get(k);
        String tail = k == 0 ? r.goal() + " " + (r.met() ? "达成" : "未达成") : "";
        if (k == 0) {
          out.printf(
              "%-24s %,12d %9.2f %12s %8d  ",
              r.scenario() + (r.unit().equals("rows") ? "" : "（" + r.unit() + "）"),
              r.rows(),
              r.secondsMedian(),
              rate(r.rowsPerSecond()),
              r.peakHeapMib());
        } else {
          out.printf("%-24s %12s %9s %12s %8s  ", "", "", "", "", "");
        }
        out.printf(
            "%-28s %9.2f %12s %8.2f  %s%n",
            c.baseline() + (c.rows() == r.rows() ? "" : "（" + c.rows() + " 行）"),
            c.secondsMedian(),
            rate(c.rowsPerSecond()),
            c.ratio(),
            tail);
      }
    }
    if (json != null) {
      List<Map<String, Object>> objects = new ArrayList<>();
      for (BenchResult r : results) {
        Map<String, Object> o = r.json();
        o.put("machine", machine());
        objects.add(o);
      }
      Files.writeString(
          json,
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(objects));
      out.println("结果已写入 " + json.toAbsolutePath().normalize());
    }
    return 0;
  }

  /** Rows per second: whole rows, or hundredths below 100 (start-ups per second). */
  private static String rate(double perSecond) {
    return perSecond < 100 ? String.format("%.2f", perSecond) : String.format("%,.0f", perSecond);
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    long memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            >> 30;
    return rt.availableProcessors()
        + " 核、"
        + memory
        + " GiB 内存、Java "
        + System.getProperty("java.version")
        + "（最大堆 "
        + (rt.maxMemory() >> 20)
        + " MiB，垃圾回收器 "
        + ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(" / "))
        + "）";
  }

  /**
   * The data folder of the global options, as every command has it: the folder of {@code
   * --warehouse} (or of the engine's default warehouse), {@code data/} for a remote warehouse.
   */
  private Path dataDir() {
    String location = (String) spec.root().findOption("--warehouse").getValue();
    if (location == null) {
      String engine = (String) spec.root().findOption("--engine").getValue();
      try {
        location = Warehouses.provider(engine).defaultLocation();
      } catch (WarehouseException e) {
        throw new BenchUsageException(e.getMessage());
      }
    }
    if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return Path.of("data").toAbsolutePath();
    }
    return Path.of(location).toAbsolutePath().normalize().getParent();
  }
}
