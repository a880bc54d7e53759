package org.baobiao.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.SourceDefinitionException;
import org.baobiao.etl.extract.SourceDefinitionReader;

/**
 * Where source definitions are found: a {@code .yaml} file given by path, or a source id looked up
 * in the sources folder ({@code --sources}, else {@code BAOBIAO_SOURCES}, else {@code sources/}).
 */
final class SourceDefinitions {
  private SourceDefinitions() {}

  /** The sources folder: the option, the environment, or {@code sources/} here. */
  static Path folder(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv("BAOBIAO_SOURCES");
    return Path.of(env == null || env.isBlank() ? "sources" : env);
  }

  /**
   * The definition named by {@code spec}: a path to a definition file, or the id of one in the
   * folder.
   *
   * @throws UsageException when nothing matches, listing the ids the folder has
   */
  static SourceDefinition find(String spec, Path folder) throws IOException {
    Path given = Path.of(spec);
    if (spec.endsWith(".yaml") || spec.endsWith(".yml") || Files.isRegularFile(given)) {
      if (!Files.isRegularFile(given)) {
        throw new UsageException("数据源定义文件不存在: " + given.toAbsolutePath().normalize());
      }
      return SourceDefinitionReader.read(given);
    }
    List<String> ids = new ArrayList<>();
    for (Path file : files(folder)) {
      SourceDefinition def = SourceDefinitionReader.read(file);
      if (def.id().equals(spec)) {
        return def;
      }
      ids.add(def.id());
    }
    throw new UsageException(
        "没有 id 为 '"
            + spec
            + "' 的数据源定义（在 "
            + folder.toAbsolutePath().normalize()
            + " 中查找）；"
            + (ids.isEmpty() ? "该目录中没有定义文件" : "可用: " + String.join(", ", ids))
            + "。也可直接给出定义文件的路径。");
  }

  /** Every definition in the folder: read, or the problems that make it unusable. */
  static List<Entry> all(Path folder) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path file : files(folder)) {
      try {
        entries.add(new Entry(file, SourceDefinitionReader.read(file), null));
      } catch (SourceDefinitionException e) {
        entries.add(new Entry(file, null, e.getMessage()));
      }
    }
    return entries;
  }

  /** A definition file, read, or what is wrong with it. */
  record Entry(Path file, SourceDefinition definition, String problem) {}

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(
              p ->
                  p.getFileName().toString().endsWith(".yaml")
                      || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
  }
}
