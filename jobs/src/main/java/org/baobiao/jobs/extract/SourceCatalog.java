package org.baobiao.jobs.extract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.SourceDefinitionException;
import org.baobiao.etl.extract.SourceDefinitionReader;
import org.baobiao.jobs.service.InvalidRequestException;

/**
 * The source definitions of a sources folder: a {@code .yaml} file given by path, or a source id
 * looked up in the folder.
 */
public final class SourceCatalog {
  private final Path folder;

  /** The definitions in {@code folder} (which need not exist). */
  public SourceCatalog(Path folder) {
    this.folder = requireNonNull(folder, "folder is null");
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /**
   * The definition named by {@code spec}: a path to a definition file, or the id of one in the
   * folder.
   *
   * @throws InvalidRequestException when nothing matches, listing the ids the folder has
   * @throws SourceDefinitionException when the definition file is not valid
   */
  public SourceDefinition find(String spec) throws IOException {
    Path given = Path.of(spec);
    if (spec.endsWith(".yaml") || spec.endsWith(".yml") || Files.isRegularFile(given)) {
      if (!Files.isRegularFile(given)) {
        throw new InvalidRequestException("数据源定义文件不存在: " + given.toAbsolutePath().normalize());
      }
      return SourceDefinitionReader.read(given);
    }
    List<String> ids = new ArrayList<>();
    for (Path file : files()) {
      SourceDefinition def = SourceDefinitionReader.read(file);
      if (def.id().equals(spec)) {
        return def;
      }
      ids.add(def.id());
    }
    throw new InvalidRequestException(
        "没有 id 为 '"
            + spec
            + "' 的数据源定义（在 "
            + folder.toAbsolutePath().normalize()
            + " 中查找）；"
            + (ids.isEmpty() ? "该目录中没有定义文件" : "可用: " + String.join(", ", ids))
            + "。也可直接给出定义文件的路径。");
  }

  /** Every definition in the folder: read, or the problems that make it unusable. */
  public List<Entry> all() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path file : files()) {
      try {
        entries.add(new Entry(file, SourceDefinitionReader.read(file), null));
      } catch (SourceDefinitionException e) {
        entries.add(new Entry(file, null, e.getMessage()));
      }
    }
    return entries;
  }

  /** A definition file, read, or what is wrong with it. */
  public record Entry(Path file, SourceDefinition definition, String problem) {}

  private List<Path> files() throws IOException {
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
