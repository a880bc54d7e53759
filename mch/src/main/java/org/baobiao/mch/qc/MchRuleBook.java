package org.baobiao.mch.qc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;

/**
 * The MCH quality rules, read from the rule files listed in {@code mch/qc/index.txt} with the
 * configuration folder's {@code mch-qc-rules/*.yaml} laid over them (see docs/mch-qc.md). Every
 * problem of every file is collected and reported together, with file, line and field; a rule
 * naming an unknown record kind, column or check is a problem.
 */
public final class MchRuleBook {
  private static final String BASE = "org/baobiao/mch/qc/";
  private static final List<String> RULE_KEYS =
      List.of(
          "id",
          "severity",
          "record",
          "check",
          "field",
          "fields",
          "min",
          "max",
          "unit",
          "than",
          "references",
          "person",
          "sex",
          "when",
          "clause",
          "message");
  private static final String CHECKS =
      "required, range, not_before, not_future, reference, different_persons, couple, citizen_id,"
          + " id_sex";

  private final List<MchRule> rules;
  private final List<RuleSet> sets;

  /** One rule file as applied: its set id, title, version and where it was read from. */
  public record RuleSet(String id, String title, String version, String file) {}

  private MchRuleBook(List<MchRule> rules, List<RuleSet> sets) {
    this.rules = List.copyOf(rules);
    this.sets = List.copyOf(sets);
  }

  /** The rule book shipped with Baobiao. */
  public static MchRuleBook load() {
    return load(ConfigFolder.none());
  }

  /** The bundled rule files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.MCH_QC_RULES, MchRuleBook.class.getClassLoader(), BASE, "index.txt", n -> n);
  }

  /**
   * The bundled rules with the configuration folder's {@code mch-qc-rules/*.yaml} laid over them: a
   * folder file replaces the bundled file of the same name, other folder files add rule sets after
   * the bundled ones. A rule id defined twice is an error.
   *
   * @throws SpecException naming every problem with file and line
   */
  public static MchRuleBook load(ConfigFolder config) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SpecFile f :
        config.overlay(ConfigKind.MCH_QC_RULES, bundledFiles(), n -> n.endsWith(".yaml"))) {
      texts.put(f.label(), f.text());
    }
    return parse(texts);
  }

  /**
   * Reads rule files given as name → text.
   *
   * @throws SpecException naming every problem with file, line and field
   */
  public static MchRuleBook parse(Map<String, String> files) {
    List<SpecProblem> problems = new ArrayList<>();
    List<MchRule> rules = new ArrayList<>();
    List<RuleSet> sets = new ArrayList<>();
    Map<String, String> firstSeen = new HashMap<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Reader r = new Reader(new SpecReader(e.getKey()));
      Mapping root = r.in.root(e.getValue());
      if (root != null) {
        sets.add(r.readSet(root, rules, firstSeen));
      }
      problems.addAll(r.in.problems());
    }
    if (!problems.isEmpty()) {
      throw new SpecException("妇幼质控规则文件", problems);
    }
    return new MchRuleBook(rules, sets);
  }

  /** Every rule, in file order. */
  public List<MchRule> rules() {
    return rules;
  }

  /** The rule files applied, each with its version. */
  public List<RuleSet> sets() {
    return sets;
  }

  /** The versions of the rule files, as outputs name them: {@code mch-maternal 2026.1；…}. */
  public String version() {
    List<String> out = new ArrayList<>();
    for (RuleSet s : sets) {
      out.add(s.id() + " " + s.version());
    }
    return String.join("；", out);
  }

  /** Reads one file's rules, recording problems with the path of the offending field. */
  private static final class Reader {
    final SpecReader in;
    String at = "";

    Reader(SpecReader in) {
      this.in = in;
    }

    RuleSet readSet(Mapping root, List<MchRule> out, Map<String, String> firstSeen) {
      in.onlyKeys(root, "", List.of("set", "version", "title", "source", "rules"));
      String set = text(root, "set");
      RuleSet ruleSet =
          new RuleSet(set, in.text(root, "", "title", false), text(root, "version"), in.file());
      for (SpecReader.Item item : in.sequence(root, "", "rules", true)) {
        Mapping m = in.mapping(item.node(), item.field(), root.line());
        if (m == null) {
          continue;
        }
        at = item.field();
        in.onlyKeys(m, at, RULE_KEYS);
        int before = in.count();
        String id = text(m, "id");
        boolean blocking = blocking(m);
        RecordKind kind = kind(m, "record");
        MchCheck check = kind == null ? null : check(m, id, kind);
        String[] when = kind == null ? null : when(m, kind);
        String clause = text(m, "clause");
        String message = text(m, "message");
        String source = in.file() + ":" + m.line();
        String earlier = id.isEmpty() ? null : firstSeen.putIfAbsent(id, source);
        if (earlier != null) {
          problemAt(Code.DUPLICATE, m, "id", "规则编号 " + id + " 重复（" + earlier + " 已定义）");
        }
        if (in.count() == before && check != null) {
          out.add(
              new MchRule(
                  id,
                  set,
                  blocking,
                  kind,
                  check,
                  when == null ? null : when[0],
                  when == null ? null : when[1],
                  clause,
                  message,
                  source));
        }
      }
      at = "";
      return ruleSet;
    }

    void problemAt(Code code, Mapping m, String key, String message) {
      in.problemAt(code, m, key, SpecReader.path(at, key), message);
    }

    String text(Mapping m, String key) {
      String t = in.text(m, at, key, true);
      return t == null ? "" : t;
    }

    boolean blocking(Mapping m) {
      String s = text(m, "severity");
      if (!s.isEmpty() && !s.equals("blocking") && !s.equals("warning")) {
        problemAt(
            Code.UNKNOWN_VALUE, m, "severity", "severity 应为 blocking 或 warning，实为 '" + s + "'");
      }
      return s.equals("blocking");
    }

    RecordKind kind(Mapping m, String key) {
      String t = text(m, key);
      RecordKind kind = RecordKind.of(t);
      if (kind == null && !t.isEmpty()) {
        problemAt(
            Code.BAD_REFERENCE,
            m,
            key,
            "'" + t + "' 不是妇幼记录表；可用: " + String.join(", ", RecordKind.all().keySet()));
      }
      return kind;
    }

    /** A column of {@code kind} named by {@code key} of {@code m}; "" after a problem. */
    String column(Mapping m, String key, RecordKind kind) {
      String c = text(m, key);
      if (!c.isEmpty() && !kind.has(c)) {
        problemAt(
            Code.BAD_REFERENCE,
            m,
            key,
            "'"
                + c
                + "' 不是 "
                + kind.table()
                + "（"
                + kind.title()
                + "）的列；可用: "
                + String.join(", ", kind.fields().keySet()));
        return "";
      }
      return c;
    }

    BigDecimal number(Mapping m, String key) {
      String t = text(m, key);
      try {
        return t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t);
      } catch (NumberFormatException e) {
        problemAt(Code.WRONG_TYPE, m, key, "应为数字，实为 '" + t + "'");
        return BigDecimal.ZERO;
      }
    }

    /** A nested mapping ({@code than}, {@code person}) read at its path. */
    Mapping nested(Mapping m, String key) {
      return nested(m, key, List.of("record", "field", "link", "key"));
    }

    /** A nested mapping read at its path, with the keys it may have. */
    Mapping nested(Mapping m, String key, List<String> keys) {
      Mapping n = in.child(m, at, key, true);
      if (n != null) {
        in.onlyKeys(n, SpecReader.path(at, key), keys);
      }
      return n;
    }

    <T> T inside(String key, java.util.function.Supplier<T> read) {
      String rule = at;
      at = SpecReader.path(rule, key);
      try {
        return read.get();
      } finally {
        at = rule;
      }
    }

    MchCheck check(Mapping m, String id, RecordKind kind) {
      String check = text(m, "check");
      switch (check) {
        case "required":
          return new MchCheck.Required(column(m, "field", kind));
        case "range":
          {
            BigDecimal min = number(m, "min");
            BigDecimal max = number(m, "max");
            if (min.compareTo(max) > 0) {
              problemAt(Code.INVALID, m, "max", "规则 " + id + " 的 max 小于 min");
            }
            String unit = in.text(m, at, "unit", false);
            return new MchCheck.Range(column(m, "field", kind), min, max, unit == null ? "" : unit);
          }
        case "not_before":
          {
            String field = column(m, "field", kind);
            Mapping than = nested(m, "than");
            if (than == null) {
              return null;
            }
            return inside(
                "than",
                () -> {
                  if (than.value("record") == null) {
                    return new MchCheck.NotBefore(
                        field, null, column(than, "field", kind), null, null);
                  }
                  RecordKind other = kind(than, "record");
                  if (other == null) {
                    return null;
                  }
                  String link = column(than, "link", kind);
                  String key = than.value("key") == null ? link : column(than, "key", other);
                  if (than.value("key") == null && !link.isEmpty() && !other.has(link)) {
                    problemAt(
                        Code.BAD_REFERENCE,
                        than,
                        "link",
                        "'" + link + "' 不是 " + other.table() + " 的列；请用 key 指明对方的关联列");
                  }
                  return new MchCheck.NotBefore(
                      field, other.table(), column(than, "field", other), link, key);
                });
          }
        case "reference":
          {
            String field = column(m, "field", kind);
            Mapping ref = nested(m, "references", List.of("record", "field", "when"));
            if (ref == null) {
              return null;
            }
            return inside(
                "references",
                () -> {
                  RecordKind other = kind(ref, "record");
                  if (other == null) {
                    return null;
                  }
                  String[] when = when(ref, other);
                  return new MchCheck.Reference(
                      field,
                      other.table(),
                      column(ref, "field", other),
                      when == null ? null : when[0],
                      when == null ? null : when[1]);
                });
          }
        case "different_persons":
          {
            List<String> fields = new ArrayList<>();
            for (SpecReader.Item item : in.sequence(m, at, "fields", true)) {
              String f = in.text(item.node(), item.field());
              if (f != null && !kind.has(f)) {
                in.problem(
                    Code.BAD_REFERENCE,
                    item.node(),
                    item.field(),
                    "'" + f + "' 不是 " + kind.table() + " 的列");
              }
              fields.add(f);
            }
            if (fields.size() != 2) {
              problemAt(Code.INVALID, m, "fields", "规则 " + id + " 的 fields 应恰有两个字段（两个人的编号）");
              return null;
            }
            Mapping person = nested(m, "person");
            if (person == null) {
              return null;
            }
            return inside(
                "person",
                () -> {
                  RecordKind other = kind(person, "record");
                  return other == null
                      ? null
                      : new MchCheck.DifferentPersons(
                          fields,
                          other.table(),
                          column(person, "key", other),
                          column(person, "field", other));
                });
          }
        case "not_future":
          return new MchCheck.NotFuture(column(m, "field", kind));
        case "couple":
          return new MchCheck.Couple(column(m, "field", kind), column(m, "sex", kind));
        case "citizen_id":
          return new MchCheck.CitizenIdValid(column(m, "field", kind));
        case "id_sex":
          return new MchCheck.IdSex(column(m, "field", kind), column(m, "sex", kind));
        default:
          if (!check.isEmpty()) {
            problemAt(
                Code.INVALID, m, "check", "规则 " + id + " 的 check '" + check + "' 未知；可用: " + CHECKS);
          }
          return null;
      }
    }

    String[] when(Mapping m, RecordKind kind) {
      YamlNode w = m.value("when");
      if (w == null) {
        return null;
      }
      Mapping when = in.mapping(w, SpecReader.path(at, "when"), m.line());
      if (when == null) {
        return null;
      }
      return inside(
          "when",
          () -> {
            in.onlyKeys(when, at, List.of("field", "equals"));
            return new String[] {column(when, "field", kind), text(when, "equals")};
          });
    }
  }
}
