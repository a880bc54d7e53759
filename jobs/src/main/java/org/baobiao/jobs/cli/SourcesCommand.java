package org.baobiao.jobs.cli;

import java.util.concurrent.Callable;
import org.baobiao.etl.extract.Extractor;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.jobs.extract.SourceCatalog;
import org.baobiao.jobs.extract.SourcesOverview;
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
    SourceCatalog catalog = sources.catalog(top.config());
    var out = top.console.out();
    try (AppSession session = new AppSession(top)) {
      SourcesOverview overview = session.extractService().sources(catalog);
      out.println("数据源定义目录: " + overview.folder().toAbsolutePath().normalize());
      if (overview.sources().isEmpty()) {
        out.println("  （没有定义文件；格式见 docs/sources.md）");
      }
      for (SourcesOverview.Source source : overview.sources()) {
        SourceCatalog.Entry e = source.entry();
        SourceDefinition def = e.definition();
        if (def == null) {
          out.println("  ✗ " + e.file().getFileName() + ": " + e.problem());
          continue;
        }
        Extractor.State s = source.state();
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
      for (Extractor.State s : overview.orphans()) {
        out.printf(
            "  %-28s （定义文件已不在目录中）水位 %s；累计载入 %,d 行%n",
            s.sourceId(), s.watermark() == null ? "（无）" : s.watermark().toString(), s.rowsTotal());
      }
      return overview.broken() > 0 ? 1 : 0;
    }
  }
}
