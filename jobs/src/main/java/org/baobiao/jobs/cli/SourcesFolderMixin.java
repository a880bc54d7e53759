package org.baobiao.jobs.cli;

import java.nio.file.Path;
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
    return SourceDefinitions.folder(sources);
  }
}
