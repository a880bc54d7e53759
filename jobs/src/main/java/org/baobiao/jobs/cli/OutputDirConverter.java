package org.baobiao.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Parses {@code --out DIR}: a path that exists and is not a folder (or lies under a file) is a
 * usage error saying so, instead of a bare path in a failure message.
 */
final class OutputDirConverter implements CommandLine.ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    Path dir = Path.of(value);
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new CommandLine.TypeConversionException(
            UserMessages.shorten(
                (p.equals(dir.toAbsolutePath().normalize())
                        ? "'" + value + "' 是一个文件，不是目录"
                        : "'" + value + "' 所在的 " + p + " 是一个文件，不是目录")
                    + "：--out 应为输出目录（不存在时会创建）"));
      }
    }
    return dir;
  }
}
