package org.baobiao.spec.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The user's configuration folder ({@code --config DIR}, default {@code conf/} beside the data
 * folder): one subfolder per {@link ConfigKind}. Its files add to the bundled ones, or replace a
 * bundled file of the same name; the bundled files stay the defaults. A folder that does not exist
 * is an empty one, so that a fresh installation runs on the bundled files alone.
 */
public final class ConfigFolder {
  private static final ConfigFolder NONE = new ConfigFolder(null);

  private final Path dir;

  private ConfigFolder(Path dir) {
    this.dir = dir;
  }

  /** No folder: the bundled files only. */
  public static ConfigFolder none() {
    return NONE;
  }

  /** The folder at {@code dir}, which need not exist yet. */
  public static ConfigFolder at(Path dir) {
    return new ConfigFolder(requireNonNull(dir, "dir is null").toAbsolutePath().normalize());
  }

  /** The folder's path, if there is one. */
  public Optional<Path> dir() {
    return Optional.ofNullable(dir);
  }

  /** The subfolder of a kind, if there is a folder. */
  public Optional<Path> folder(ConfigKind kind) {
    return dir().map(d -> d.resolve(kind.folder()));
  }

  /**
   * How messages tell a user where to put a file of a kind: the subfolder's path, or the default
   * {@code conf/<kind>/} when Baobiao runs without a folder.
   */
  public String whereToAdd(ConfigKind kind) {
    return folder(kind).map(p -> p + "/").orElse("conf/" + kind.folder() + "/");
  }

  /**
   * The bundled files of a kind with the folder's files laid over them: the bundled ones in the
   * given order, each replaced by a folder file of the same name, then the folder's other files
   * accepted by {@code accepts}, by name.
   *
   * @param bundled the bundled files, in their load order
   * @param accepts which folder file names belong to the kind (e.g. {@code *.yaml})
   */
  public List<SpecFile> overlay(
      ConfigKind kind, List<SpecFile> bundled, Predicate<String> accepts) {
    Map<String, SpecFile> byName = new LinkedHashMap<>();
    for (SpecFile file : bundled) {
      byName.put(file.name(), file);
    }
    List<SpecFile> added = new ArrayList<>();
    for (SpecFile file : folderFiles(kind, accepts)) {
      if (byName.containsKey(file.name())) {
        byName.put(file.name(), file);
      } else {
        added.add(file);
      }
    }
    List<SpecFile> all = new ArrayList<>(byName.values());
    all.addAll(added);
    return all;
  }

  /** The folder's files of a kind accepted by {@code accepts}, by name; none without a folder. */
  public List<SpecFile> folderFiles(ConfigKind kind, Predicate<String> accepts) {
    Optional<Path> sub = folder(kind);
    if (sub.isEmpty() || !Files.isDirectory(sub.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(sub.get())) {
      List<Path> paths =
          files
              .filter(Files::isRegularFile)
              .filter(p -> accepts.test(p.getFileName().toString()))
              .sorted()
              .toList();
      List<SpecFile> out = new ArrayList<>();
      for (Path p : paths) {
        out.add(new SpecFile(p.getFileName().toString(), Origin.FOLDER, p.toString(), read(p)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + sub.get(), e);
    }
  }

  /** The names of the folder's subfolders of a kind (report folders), by name. */
  public List<String> folderNames(ConfigKind kind) {
    Optional<Path> sub = folder(kind);
    if (sub.isEmpty() || !Files.isDirectory(sub.get())) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(sub.get())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + sub.get(), e);
    }
  }

  /**
   * A class loader whose resources under {@code <kind>/<name>/} come from the folder's {@code
   * <kind>/<name>/} when that subfolder exists (all of them: a folder replaces a bundled one whole,
   * never file by file), and from {@code parent} otherwise. A subfolder whose name starts with
   * {@code _} holds files that several entries share (the reports' {@code _shared/}): it replaces
   * bundled files one by one, so a file it lacks — one a newer version added — still comes from
   * {@code parent}.
   */
  public ClassLoader resourceLoader(ConfigKind kind, ClassLoader parent) {
    requireNonNull(parent, "parent is null");
    if (dir == null) {
      return parent;
    }
    Path root = dir.resolve(kind.folder());
    String prefix = kind.folder() + "/";
    return new ClassLoader(parent) {
      @Override
      public URL getResource(String name) {
        Optional<Path> local = local(name);
        if (local.isEmpty()) {
          return super.getResource(name);
        }
        if (Files.isRegularFile(local.get())) {
          return url(local.get());
        }
        return name.startsWith(prefix + "_") ? super.getResource(name) : null;
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (local(name).isEmpty()) {
          return super.getResources(name);
        }
        URL url = getResource(name);
        return Collections.enumeration(url == null ? List.of() : List.of(url));
      }

      @Override
      public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        try {
          return url == null ? null : url.openStream();
        } catch (IOException e) {
          return null;
        }
      }

      /** The folder file for a resource under an overridden {@code <kind>/<name>/}. */
      private Optional<Path> local(String name) {
        if (!name.startsWith(prefix)) {
          return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.contains("..")) {
          return Optional.empty();
        }
        Path folder = root.resolve(rest.substring(0, slash));
        return Files.isDirectory(folder)
            ? Optional.of(folder.resolve(rest.substring(slash + 1)))
            : Optional.empty();
      }
    };
  }

  /**
   * Bundled files listed one name per line in a classpath index ({@code #} comments and blank lines
   * ignored), read from {@code root/<name>} on {@code loader}.
   *
   * @param entryToName maps an index line to the file name (identity for most kinds; a year to
   *     {@code cn-statutory-<year>.csv} for calendars)
   * @throws SpecFileException if the index or a listed file is missing
   */
  public static List<SpecFile> bundled(
      ConfigKind kind,
      ClassLoader loader,
      String root,
      String indexFile,
      Function<String, String> entryToName) {
    String base = root.endsWith("/") ? root : root + "/";
    byte[] index = resource(loader, base + indexFile);
    if (index == null) {
      throw new SpecFileException("内置 " + kind.folder() + "/" + indexFile + ": 索引文件不存在");
    }
    List<SpecFile> files = new ArrayList<>();
    String[] lines = new String(index, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String entry = lines[i].strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String name = entryToName.apply(entry);
      byte[] content = resource(loader, base + name);
      if (content == null) {
        throw new SpecFileException(
            "内置 " + kind.folder() + "/" + indexFile + ":" + (i + 1) + ": 列出的文件 " + name + " 不存在");
      }
      files.add(new SpecFile(name, Origin.BUNDLED, "内置 " + kind.folder() + "/" + name, content));
    }
    return files;
  }

  private static byte[] resource(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new SpecFileException(p + ": 无法读取（" + e.getMessage() + "）");
    }
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return dir == null ? "（无配置目录）" : dir.toString();
  }
}
