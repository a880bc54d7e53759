package org.baobiao.sla.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;

/** Test resources under {@code sla/contract/}. */
final class Fixtures {
  private Fixtures() {}

  /** The UTF-8 text of {@code sla/contract/<path>}. */
  static String text(String path) {
    return resource("sla/contract/" + path);
  }

  private static String resource(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code sla/contract/<folder>/<file>} under its own file name. */
  static Contract parse(String folder, String file) {
    return ContractLoader.parse(file, text(folder + "/" + file));
  }

  /** The problems of a broken fixture, as printed to the user; fails if it loads. */
  static List<String> problems(String file) {
    try {
      parse("broken", file);
    } catch (SpecException e) {
      return e.problems().stream().map(SpecProblem::toString).toList();
    }
    throw new AssertionError(file + " loaded without problems");
  }
}
