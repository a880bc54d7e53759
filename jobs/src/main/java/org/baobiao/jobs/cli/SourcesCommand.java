package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.etl.extract.Extractor;
import org.baobiao.etl.extract.SourceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao sources}: the source definitions with their watermarks. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "列出数据源定义及各自的水位（最后抽取到的更新时间与主键）、累计载入行数和未完成的抽取。")
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Mixin SourcesFolderMixin sources;

  @Override
  public Integer call() throws Exception {
    Path folder = sources.folder();
    var out = top.console.out();
    try (AppSession session = new AppSession(top)) {
      Map<String, Extractor.State> states =
          new LinkedHashMap<>(new Extractor(session.warehouse()).states());
      var entries = SourceDefinitions.all(folder);
      out.println("数据源定义目录: " + folder.toAbsolutePath().normalize());
      if (entries.isEmpty()) {
        out.println("  （没有定义文件；格式见 docs/sources.md）");
      }
      int broken = 0;
      for (var e : entries) {
        SourceDefinition def = e.definition();
        if (def == null) {
          broken++;
          out.println("  ✗ " + e.file().getFileName() + ": " + e.problem());
          continue;
        }
        Extractor.State s = states.remove(def.id());
        out.printf(
            "  %-28s %-24s %s%n      水位 %s；累计载入 %,d 行；%s%n",
            def.id(),
            def.name(),
            def.describe(),
            s == null || s.watermark() == null ? "（尚未抽取）" : s.watermark().toString(),
            s == null ? 0 : s.rowsTotal(),
            s == null
                ? "定义文件 " + e.file().getFileName()
                : (s.runningBatch() != null
                        ? "有未完成的抽取（批次 " + s.runningBatch() + "），下次运行 extract 时续接"
                        : "上次更新 " + s.updatedAt().toString().replace('T', ' '))
                    + "；定义文件 "
                    + e.file().getFileName());
      }
      for (Extractor.State s : states.values()) {
        out.printf(
            "  %-28s （定义文件已不在目录中）水位 %s；累计载入 %,d 行%n",
            s.sourceId(), s.watermark() == null ? "（无）" : s.watermark().toString(), s.rowsTotal());
      }
      return broken > 0 ? 1 : 0;
    }
  }
}
