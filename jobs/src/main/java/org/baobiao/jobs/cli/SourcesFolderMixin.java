package org.baobiao.jobs.cli;

import java.nio.file.Path;
import org.baobiao.jobs.extract.SourceCatalog;
import picocli.CommandLine.Option;

/** The {@code --sources} option of the commands that read source definitions. */
final class SourcesFolderMixin {
  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description = "数据源定义目录（默认环境变量 BAOBIAO_SOURCES，否则 ./sources）")
  Path sources;

  /** The folder: the option, else {@code BAOBIAO_SOURCES}, else {@code ./sources}. */
  Path folder() {
    if (sources != null) {
      return sources;
    }
    String env = System.getenv("BAOBIAO_SOURCES");
    return Path.of(env == null || env.isBlank() ? "sources" : env);
  }

  /** The definitions of the folder. */
  SourceCatalog catalog() {
    return new SourceCatalog(folder());
  }
}
