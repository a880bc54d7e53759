package org.baobiao.medrec.qc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;

/** The golden cases of {@code medrec/rule-cases.yaml}: a base stay and per rule its variants. */
final class RuleCases {
  /** One variant of the base stay; {@code expect} is null for a passing case. */
  record Case(String rule, int index, Stay stay, List<String> expect) {
    @Override
    public String toString() {
      return rule + (expect == null ? " pass #" : " fail #") + (index + 1);
    }
  }

  final Stay base;
  final Map<String, List<Case>> byRule = new LinkedHashMap<>();

  private RuleCases(Mapping root) {
    Mapping base = (Mapping) root.value("base");
    this.base = stay(base, null);
    Mapping cases = (Mapping) root.value("cases");
    for (String rule : cases.keys()) {
      Mapping c = (Mapping) cases.value(rule);
      List<Case> list = new ArrayList<>();
      for (String kind : List.of("pass", "fail")) {
        if (c.value(kind) instanceof Sequence s) {
          for (int i = 0; i < s.items().size(); i++) {
            Mapping variant = (Mapping) s.items().get(i);
            List<String> expect = kind.equals("fail") ? strings(variant.value("expect")) : null;
            list.add(new Case(rule, i, stay(base, variant), expect));
          }
        }
      }
      byRule.put(rule, list);
    }
  }

  static RuleCases load() {
    try (InputStream in = RuleCases.class.getResourceAsStream("/medrec/rule-cases.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SpecReader reader = new SpecReader("rule-cases.yaml");
      Mapping root = reader.root(text);
      reader.throwIfProblems("质控规则用例文件");
      return new RuleCases(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The base stay with a variant's overrides ({@code set}, {@code diagnoses}, {@code operations}).
   */
  private static Stay stay(Mapping base, Mapping variant) {
    Map<String, Object> front = row((Mapping) base.value("front_page"), null);
    List<Map<String, Object>> diagnoses = rows(base, variant, "diagnoses");
    List<Map<String, Object>> operations = rows(base, variant, "operations");
    if (variant != null && variant.value("set") instanceof Mapping set) {
      front = row(set, front);
    }
    return new Stay(front, diagnoses, operations);
  }

  private static List<Map<String, Object>> rows(Mapping base, Mapping variant, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<YamlNode> overrides =
        variant != null && variant.value(key) instanceof Sequence s ? s.items() : List.of();
    List<YamlNode> items = ((Sequence) base.value(key)).items();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> r = row((Mapping) items.get(i), null);
      if (i < overrides.size()) {
        r = row((Mapping) overrides.get(i), r);
      }
      out.add(r);
    }
    return out;
  }

  /** The row of {@code m}'s values (typed as the warehouse holds them) over {@code onto}. */
  private static Map<String, Object> row(Mapping m, Map<String, Object> onto) {
    Map<String, Object> r = onto == null ? new LinkedHashMap<>() : new LinkedHashMap<>(onto);
    for (String k : m.keys()) {
      Scalar s = (Scalar) m.value(k); // null for a YAML null
      r.put(k, s == null || s.isNull() ? null : MedrecColumns.value(k, s.text()));
    }
    return r;
  }

  private static List<String> strings(YamlNode node) {
    List<String> out = new ArrayList<>();
    for (YamlNode n : ((Sequence) node).items()) {
      out.add(((Scalar) n).text());
    }
    return out;
  }
}
