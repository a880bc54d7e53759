package org.baobiao.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.baobiao.jobs.extract.SourceCatalog;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import picocli.CommandLine.Option;

/** The {@code --sources} option of the commands that read source definitions. */
final class SourcesFolderMixin {
  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description = "数据源定义目录（默认环境变量 BAOBIAO_SOURCES，否则 ./sources，再否则配置目录的 sources/）")
  Path sources;

  /**
   * The folder: the option, else {@code BAOBIAO_SOURCES}, else {@code ./sources} when it exists,
   * else the configuration folder's {@code sources/}.
   */
  Path folder(ConfigFolder config) {
    if (sources != null) {
      return sources;
    }
    String env = System.getenv("BAOBIAO_SOURCES");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path here = Path.of("sources");
    if (Files.isDirectory(here)) {
      return here;
    }
    return config.folder(ConfigKind.SOURCES).orElse(here);
  }

  /** The definitions of the folder. */
  SourceCatalog catalog(ConfigFolder config) {
    return new SourceCatalog(folder(config));
  }
}
