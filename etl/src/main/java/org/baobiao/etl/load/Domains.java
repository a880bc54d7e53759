package org.baobiao.etl.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The source domains and their file kinds, in the order a domain's files must load: every {@link
 * FileKindProvider} on the class path, by rank.
 */
public final class Domains {
  private static final List<FileKind> KINDS = all();

  private static List<FileKind> all() {
    List<FileKind> kinds =
        ServiceLoader.load(FileKindProvider.class, Domains.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparingInt(FileKindProvider::rank))
            .flatMap(p -> p.kinds().stream())
            .toList();
    if (kinds.isEmpty()) {
      throw new IllegalStateException("no FileKindProvider on the class path");
    }
    return kinds;
  }

  /** The suffix of rejects files written beside inputs. */
  public static final String REJECTS_SUFFIX = ".rejects.csv";

  private Domains() {}

  /** Domain names. */
  public static List<String> names() {
    return KINDS.stream().map(FileKind::domain).distinct().toList();
  }

  /** The file kinds of a domain, in load order. */
  public static List<FileKind> kinds(String domain) {
    return KINDS.stream().filter(k -> k.domain().equals(domain)).toList();
  }

  /**
   * The kind of a file in a domain, by its name. The rejects files Baobiao writes beside its inputs
   * ({@code *.rejects.csv}) belong to no kind, so loading a folder twice never loads them.
   */
  public static Optional<FileKind> kindOf(String domain, String fileName) {
    if (fileName.endsWith(REJECTS_SUFFIX)) {
      return Optional.empty();
    }
    return kinds(domain).stream().filter(k -> k.accepts(fileName)).findFirst();
  }

  /** The kind of the given name. */
  public static FileKind kind(String name) {
    return KINDS.stream()
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown file kind " + name));
  }
}
