package org.baobiao.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** Copies golden input folders from the test classpath into a temp folder. */
public final class Fixtures {
  private Fixtures() {}

  /** Copies {@code golden/<resource>} into {@code target}; returns {@code target}. */
  public static Path copy(String resource, Path target) {
    try {
      URI uri = Fixtures.class.getResource("/golden/" + resource).toURI();
      if ("jar".equals(uri.getScheme())) {
        // From the test jar (the console's tests): walk the jar as a file system.
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return copy(jar.provider().getPath(uri), target);
        }
      }
      return copy(Path.of(uri), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path copy(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          try (InputStream in = Files.newInputStream(p)) {
            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    return target;
  }
}
