package org.baobiao.jobs.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.baobiao.jobs.config.ConfigCheck;
import org.baobiao.jobs.config.ConfigItem;
import org.baobiao.jobs.config.ConfigService;
import org.baobiao.spec.config.ConfigKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao config}: the configuration folder users own. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "配置目录：合同条款（contracts/）、法定节假日（calendars/）、病案质控规则（qc-rules/）、上报版式（layouts/）、"
          + "报表定义（reports/）、数据源定义（sources/）、数据提取目录（extracts/）与敏感编码清单（code-lists/）。目录中的文件新增或取代同名的内置文件；内置文件仍为默认值。",
      "配置目录用 --config DIR 指定，或环境变量 BAOBIAO_CONFIG；默认为数据目录旁的 conf/。"
    },
    subcommands = {
      ConfigCommand.Check.class,
      ConfigCommand.ListItems.class,
      ConfigCommand.Init.class
    })
final class ConfigCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    new CommandLine(this).usage(top.console.out());
    return CommandLine.ExitCode.USAGE;
  }

  ConfigService service() {
    return new ConfigService(top.config());
  }

  /** {@code config check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "检查整个配置目录：逐个读取生效的文件，列出每个问题的文件、行号与字段。有问题时退出码为 1。")
  static final class Check implements Callable<Integer> {
    @ParentCommand ConfigCommand config;

    @Override
    public Integer call() {
      PrintWriter out = config.top.console.out();
      ConfigCheck check = config.service().check();
      out.println("配置目录: " + (check.folder() == null ? "（无）" : check.folder()));
      for (ConfigCheck.KindCheck k : check.kinds()) {
        String counts =
            k.kind() == ConfigKind.SOURCES
                ? k.fromFolder() + " 个文件"
                : "内置 " + k.bundled() + "，配置目录 " + k.fromFolder();
        out.printf(
            "  %s %s（%s/）：%s%s%n",
            k.problems().isEmpty() ? "✓" : "✗",
            k.kind().title(),
            k.kind().folder(),
            counts,
            k.problems().isEmpty() ? "" : "，" + k.problems().size() + " 处问题");
        for (String p : k.problems()) {
          out.println("      " + p);
        }
      }
      for (String stray : check.strays()) {
        out.println("  ✗ " + stray);
      }
      if (check.ok()) {
        out.println("配置无误。");
        return 0;
      }
      config.top.console.err().println("配置有 " + check.problemCount() + " 处问题（见上）。");
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  /** {@code config list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "列出生效的每一项配置：来源（内置 / 配置目录）、版本与文件位置。")
  static final class ListItems implements Callable<Integer> {
    @ParentCommand ConfigCommand config;

    @Override
    public Integer call() {
      PrintWriter out = config.top.console.out();
      List<ConfigItem> items = config.service().list();
      out.println("配置目录: " + config.top.config());
      ConfigKind current = null;
      for (ConfigItem item : items) {
        if (item.kind() != current) {
          current = item.kind();
          out.println(current.title() + "（" + current.folder() + "/）");
        }
        out.printf(
            "  %-24s %-10s %s  [%s] %s%n",
            item.id(), item.version(), item.title(), item.origin().label(), item.location());
      }
      return 0;
    }
  }

  /** {@code config init}. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "把内置文件复制到配置目录以便修改；已有的文件不会被覆盖。",
        "注意：配置目录中的文件取代同名内置文件，升级后内置文件的修订对它不再生效；只保留需要修改的文件。"
      })
  static final class Init implements Callable<Integer> {
    @ParentCommand ConfigCommand config;

    @Option(
        names = "--kind",
        split = ",",
        paramLabel = "KIND",
        description = "只复制这些种类：contracts, calendars, qc-rules, layouts, reports（默认全部）")
    List<String> kinds = List.of();

    @Override
    public Integer call() {
      Set<ConfigKind> wanted = EnumSet.noneOf(ConfigKind.class);
      for (String k : kinds) {
        wanted.add(
            java.util.Arrays.stream(ConfigKind.values())
                .filter(c -> c.folder().equals(k.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new UsageException(
                            "--kind '"
                                + k
                                + "' 不是配置种类；可用: contracts, calendars, qc-rules, layouts, reports, sources")));
      }
      ConfigService.InitResult r = config.service().init(wanted);
      PrintWriter out = config.top.console.out();
      out.printf("已复制 %d 个内置文件到 %s", r.written().size(), r.folder());
      out.println(r.kept().isEmpty() ? "。" : "；" + r.kept().size() + " 个已存在，未覆盖。");
      out.println("修改后请运行 ./baobiao config check 检查。");
      return 0;
    }
  }
}
