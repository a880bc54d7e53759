package org.baobiao.medrec.qc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * The complications of surgery of stays with an elective operation, by the categories of {@code
 * medrec/complications.yaml}: an other diagnosis that arose in hospital (its admission condition)
 * and whose code starts with a category's prefix; the longest prefix wins.
 */
public final class Complications {
  private static final String RESOURCE = "/org/baobiao/medrec/complications.yaml";

  /** A category: codes starting with {@code prefix}. */
  public record Category(String prefix, String name) {}

  /** A complication found: the diagnosis's position, code, name and category. */
  public record Found(int seq, String code, String name, String category) {}

  private final String admissionCondition;
  private final List<Category> categories;

  public Complications(String admissionCondition, List<Category> categories) {
    this.admissionCondition = admissionCondition;
    this.categories =
        categories.stream()
            .sorted(Comparator.comparingInt((Category c) -> c.prefix().length()).reversed())
            .toList();
  }

  /** The bundled categories. */
  public static Complications load() {
    String text;
    try (InputStream in = Complications.class.getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SpecReader in = new SpecReader("medrec/complications.yaml");
    Mapping root = in.root(text);
    String condition = null;
    List<Category> categories = new ArrayList<>();
    if (root != null) {
      in.onlyKeys(root, "", List.of("source", "admission_condition", "categories"));
      condition = in.text(root, "", "admission_condition", true);
      for (SpecReader.Item item : in.sequence(root, "", "categories", true)) {
        Mapping c = in.mapping(item.node(), item.field(), root.line());
        if (c != null) {
          in.onlyKeys(c, item.field(), List.of("prefix", "category"));
          String prefix = in.text(c, item.field(), "prefix", true);
          String name = in.text(c, item.field(), "category", true);
          categories.add(new Category(prefix, name));
        }
      }
    }
    in.throwIfProblems("并发症分类文件");
    return new Complications(condition, categories);
  }

  /** The stay's first elective operation (择期手术 = 1), if any. */
  public static Optional<Map<String, Object>> electiveOperation(Stay stay) {
    return stay.operations().stream().filter(o -> "1".equals(o.get("elective"))).findFirst();
  }

  /** The complications among the stay's other diagnoses (whether or not it had an operation). */
  public List<Found> of(Stay stay) {
    List<Found> out = new ArrayList<>();
    for (Map<String, Object> d : stay.diagnoses()) {
      Object code = d.get("diagnosis_code");
      if (code == null || !admissionCondition.equals(d.get("admission_condition"))) {
        continue;
      }
      for (Category c : categories) {
        if (code.toString().startsWith(c.prefix())) {
          out.add(
              new Found(
                  ((Number) d.get("seq")).intValue(),
                  code.toString(),
                  (String) d.get("diagnosis_name"),
                  c.name()));
          break;
        }
      }
    }
    return out;
  }
}
