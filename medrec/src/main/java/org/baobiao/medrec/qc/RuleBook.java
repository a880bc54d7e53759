package org.baobiao.medrec.qc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;

/**
 * The front-page quality rules and code lists, read from the rule files listed in {@code
 * qc/index.txt} (see docs/medrec-qc.md). Every problem of every file is collected and reported
 * together, with file and line; a rule naming an unknown field, list or check is a problem.
 */
public final class RuleBook {
  private static final String BASE = "/org/baobiao/medrec/qc/";
  private static final String CODE_LISTS = "code-lists";
  private static final List<String> RULE_KEYS =
      List.of(
          "id",
          "severity",
          "check",
          "scope",
          "fields",
          "list",
          "pattern",
          "expected",
          "left",
          "op",
          "right",
          "from",
          "to",
          "min_days",
          "max_days",
          "when",
          "clause",
          "message");
  private static final Set<String> OPS = Set.of("<", "<=", "=", ">=", ">");

  private final Map<String, CodeList> lists;
  private final List<QcRule> rules;
  private final List<RuleSet> sets;

  /** A code list: its name, the standard it comes from, and code → name in file order. */
  public record CodeList(String id, String name, String source, Map<String, String> codes) {}

  /**
   * One rule file as applied: its set id ({@code code-lists} for the code lists), title and
   * version, and where it was read from.
   */
  public record RuleSet(String id, String title, String version, String file) {}

  private RuleBook(Map<String, CodeList> lists, List<QcRule> rules, List<RuleSet> sets) {
    this.lists = Map.copyOf(lists);
    this.rules = List.copyOf(rules);
    this.sets = List.copyOf(sets);
  }

  /** The rule book shipped with Baobiao. */
  public static RuleBook load() {
    return load(ConfigFolder.none());
  }

  /** The bundled rule files, in index order (code lists first). */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.QC_RULES,
        RuleBook.class.getClassLoader(),
        BASE.substring(1),
        "index.txt",
        n -> n);
  }

  /**
   * The bundled rule book with the configuration folder's {@code qc-rules/*.yaml} laid over it: a
   * folder file replaces the bundled rule set of the same name, other folder files add rule sets
   * after the bundled ones. A rule id defined twice is an error.
   *
   * @throws SpecException naming every problem with file and line
   */
  public static RuleBook load(ConfigFolder config) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SpecFile f :
        config.overlay(ConfigKind.QC_RULES, bundledFiles(), n -> n.endsWith(".yaml"))) {
      texts.put(f.label(), f.text());
    }
    return parse(texts);
  }

  /**
   * Reads rule files given as name → text; the first must be the code lists.
   *
   * @throws SpecException naming every problem with file, line and field
   */
  public static RuleBook parse(Map<String, String> files) {
    List<SpecProblem> problems = new ArrayList<>();
    Map<String, CodeList> lists = new LinkedHashMap<>();
    List<QcRule> rules = new ArrayList<>();
    Map<String, String> firstSeen = new HashMap<>();
    List<RuleSet> sets = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<String, String> e : files.entrySet()) {
      Reader r = new Reader(new SpecReader(e.getKey()));
      Mapping root = r.in.root(e.getValue());
      if (root != null) {
        if (first) {
          readLists(r, root, lists);
          sets.add(
              new RuleSet(CODE_LISTS, "代码表", r.in.text(root, "", "version", true), e.getKey()));
        } else {
          sets.add(readRules(r, root, lists, rules, firstSeen));
        }
      }
      problems.addAll(r.in.problems());
      first = false;
    }
    if (!problems.isEmpty()) {
      throw new SpecException("质控规则文件", problems);
    }
    return new RuleBook(lists, rules, sets);
  }

  /** The rule files applied, code lists first, each with its version. */
  public List<RuleSet> sets() {
    return sets;
  }

  /**
   * The versions of the rule files, as outputs name them: {@code code-lists 2026.1；logic 2026.1；…}
   * in the order they are applied.
   */
  public String version() {
    List<String> out = new ArrayList<>();
    for (RuleSet s : sets) {
      out.add(s.id() + " " + s.version());
    }
    return String.join("；", out);
  }

  /** Every rule, in file order. */
  public List<QcRule> rules() {
    return rules;
  }

  /** A code list by id. */
  public CodeList list(String id) {
    return lists.get(id);
  }

  /** The ids of the code lists. */
  public Set<String> listIds() {
    return lists.keySet();
  }

  private static void readLists(Reader r, Mapping root, Map<String, CodeList> out) {
    r.in.onlyKeys(root, "", List.of("version", "lists"));
    Mapping all = r.in.child(root, "", "lists", true);
    if (all == null) {
      return;
    }
    for (YamlNode.Entry e : all.entries().values()) {
      String at = SpecReader.path("lists", e.key());
      Mapping l = r.in.mapping(e.value(), at, e.line());
      if (l == null) {
        continue;
      }
      r.in.onlyKeys(l, at, List.of("name", "source", "codes"));
      Mapping codes = r.in.child(l, at, "codes", true);
      Map<String, String> m = new LinkedHashMap<>();
      if (codes != null) {
        for (YamlNode.Entry c : codes.entries().values()) {
          m.put(c.key(), c.value() instanceof Scalar s ? s.text() : c.key());
        }
      }
      String name = r.in.text(l, at, "name", true);
      String source = r.in.text(l, at, "source", true);
      out.put(e.key(), new CodeList(e.key(), name, source, m));
    }
  }

  private static RuleSet readRules(
      Reader r,
      Mapping root,
      Map<String, CodeList> lists,
      List<QcRule> out,
      Map<String, String> firstSeen) {
    r.in.onlyKeys(root, "", List.of("set", "version", "title", "source", "rules"));
    r.at = "";
    String set = r.text(root, "set");
    RuleSet ruleSet =
        new RuleSet(
            set, r.optionalText(root, "title"), r.in.text(root, "", "version", true), r.in.file());
    for (SpecReader.Item item : r.in.sequence(root, "", "rules", true)) {
      Mapping m = r.in.mapping(item.node(), item.field(), root.line());
      if (m == null) {
        continue;
      }
      r.at = item.field();
      r.in.onlyKeys(m, r.at, RULE_KEYS);
      int before = r.in.count();
      String id = r.text(m, "id");
      Severity severity = r.severity(m);
      RuleScope scope = r.scope(m);
      List<String> fields = r.list(m, "fields");
      for (int i = 0; i < fields.size(); i++) {
        if (!r.hasField(scope, fields.get(i))) {
          r.problem(
              Code.BAD_REFERENCE,
              m.value("fields") instanceof Sequence seq ? seq.items().get(i) : m,
              SpecReader.path(r.at, "fields") + "[" + i + "]",
              "规则 " + id + " 的字段 '" + fields.get(i) + "' 不是" + scope + "的列");
        }
      }
      Check check = r.check(m, id, scope, fields, lists);
      Condition when = r.condition(m, id);
      String clause = r.text(m, "clause");
      String message = r.text(m, "message");
      String source = r.in.file() + ":" + m.line();
      String earlier = id.isEmpty() ? null : firstSeen.putIfAbsent(id, source);
      if (earlier != null) {
        r.problemAt(Code.DUPLICATE, m, "id", "规则编号 " + id + " 重复（" + earlier + " 已定义）");
      }
      if (r.in.count() == before) {
        out.add(new QcRule(id, set, severity, scope, fields, check, when, clause, message, source));
      }
    }
    return ruleSet;
  }

  /**
   * Reads the typed values of one rule ({@link #at} is its path, e.g. {@code rules[3]}) and records
   * problems in the shared problem type.
   */
  private static final class Reader {
    final SpecReader in;
    String at = "";

    Reader(SpecReader in) {
      this.in = in;
    }

    void problem(Code code, YamlNode node, String field, String message) {
      in.problem(code, node, field, message);
    }

    void problemAt(Code code, Mapping m, String key, String message) {
      in.problemAt(code, m, key, SpecReader.path(at, key), message);
    }

    String text(Mapping m, String key) {
      String text = in.text(m, at, key, true);
      return text == null ? "" : text;
    }

    String optionalText(Mapping m, String key) {
      return in.text(m, at, key, false);
    }

    int integer(Mapping m, String key, int absent) {
      return in.integer(m, at, key, 0, Integer.MAX_VALUE, absent);
    }

    List<String> list(Mapping m, String key) {
      List<String> out = new ArrayList<>();
      if (m.value(key) == null) {
        return out;
      }
      for (SpecReader.Item item : in.sequence(m, at, key, false)) {
        String text = in.text(item.node(), item.field());
        if (text != null) {
          out.add(text);
        }
      }
      return out;
    }

    Severity severity(Mapping m) {
      String s = text(m, "severity");
      return switch (s) {
        case "blocking" -> Severity.BLOCKING;
        case "warning" -> Severity.WARNING;
        default -> {
          if (!s.isEmpty()) {
            problemAt(
                Code.UNKNOWN_VALUE, m, "severity", "severity 应为 blocking 或 warning，实为 '" + s + "'");
          }
          yield Severity.WARNING;
        }
      };
    }

    RuleScope scope(Mapping m) {
      String s = optionalText(m, "scope");
      if (s == null || s.equals("front_page")) {
        return RuleScope.FRONT_PAGE;
      }
      return switch (s) {
        case "diagnosis" -> RuleScope.DIAGNOSIS;
        case "operation" -> RuleScope.OPERATION;
        default -> {
          problemAt(
              Code.UNKNOWN_VALUE,
              m,
              "scope",
              "scope 应为 front_page、diagnosis 或 operation，实为 '" + s + "'");
          yield RuleScope.FRONT_PAGE;
        }
      };
    }

    boolean hasField(RuleScope scope, String f) {
      return switch (scope) {
        case FRONT_PAGE -> MedrecColumns.frontPage(f);
        case DIAGNOSIS -> MedrecColumns.diagnosis(f);
        case OPERATION -> MedrecColumns.operation(f);
      };
    }

    String frontPageField(Mapping m, String key, String id) {
      String f = text(m, key);
      if (!f.isEmpty() && !MedrecColumns.frontPage(f)) {
        problemAt(Code.INVALID, m, key, "规则 " + id + " 的 " + key + " '" + f + "' 不是首页的列");
      }
      return f;
    }

    String oneField(Mapping m, String id, List<String> fields) {
      if (fields.size() != 1) {
        problemAt(Code.INVALID, m, "fields", "规则 " + id + " 的 fields 应恰有一个字段");
        return "";
      }
      return fields.get(0);
    }

    Check check(
        Mapping m, String id, RuleScope scope, List<String> fields, Map<String, CodeList> lists) {
      String kind = text(m, "check");
      switch (kind) {
        case "required":
          return new Check.Required(fields);
        case "required_any":
          return new Check.RequiredAny(fields);
        case "in_list":
          {
            String listId = text(m, "list");
            CodeList list = lists.get(listId);
            if (list == null && !listId.isEmpty()) {
              problemAt(Code.BAD_REFERENCE, m, "list", "规则 " + id + " 引用了不存在的代码表 '" + listId + "'");
              return new Check.Required(fields);
            }
            return new Check.InList(
                oneField(m, id, fields), listId, list == null ? Map.of() : list.codes());
          }
        case "pattern":
          try {
            return new Check.Matches(
                oneField(m, id, fields), Pattern.compile(text(m, "pattern")), text(m, "expected"));
          } catch (PatternSyntaxException e) {
            problemAt(Code.INVALID, m, "pattern", "规则 " + id + " 的正则表达式有误: " + e.getDescription());
            return new Check.Required(fields);
          }
        case "citizen_id":
          return new Check.ValidCitizenId();
        case "id_birth_date":
          return new Check.BirthDateMatchesId();
        case "age":
          return new Check.AgeMatches();
        case "los":
          return new Check.LengthOfStay();
        case "date_window":
          {
            String to = optionalText(m, "to");
            if (to != null && !MedrecColumns.frontPage(to)) {
              problemAt(Code.INVALID, m, "to", "规则 " + id + " 的 to '" + to + "' 不是首页的列");
            }
            return new Check.DateWindow(
                oneField(m, id, fields),
                frontPageField(m, "from", id),
                to,
                integer(m, "min_days", 0),
                integer(m, "max_days", 0));
          }
        case "compare":
          {
            String op = text(m, "op");
            if (!OPS.contains(op)) {
              problemAt(
                  Code.INVALID, m, "op", "规则 " + id + " 的 op 应为 " + OPS + " 之一，实为 '" + op + "'");
            }
            String left = frontPageField(m, "left", id);
            String right = frontPageField(m, "right", id);
            if (MedrecColumns.kind(left) != MedrecColumns.kind(right)) {
              problem(Code.INVALID, m, at, "规则 " + id + " 比较的两个字段类型不同: " + left + "、" + right);
            }
            return new Check.Compare(left, op, right);
          }
        case "sum_at_most":
          return new Check.SumAtMost(frontPageField(m, "left", id), fields);
        default:
          if (!kind.isEmpty()) {
            problemAt(
                Code.INVALID,
                m,
                "check",
                "规则 "
                    + id
                    + " 的 check '"
                    + kind
                    + "' 未知；可用: required, required_any, in_list,"
                    + " pattern, citizen_id, id_birth_date, age, los, date_window, compare,"
                    + " sum_at_most");
          }
          return new Check.Required(fields);
      }
    }

    Condition condition(Mapping m, String id) {
      YamlNode w = m.value("when");
      if (w == null) {
        return null;
      }
      if (!(w instanceof Mapping when) || when.keys().size() != 1) {
        problemAt(Code.INVALID, m, "when", "规则 " + id + " 的 when 应为只有一个键的映射");
        return null;
      }
      String key = when.keys().iterator().next();
      YamlNode v = when.value(key);
      String rule = at;
      at = SpecReader.path(rule, "when." + key);
      try {
        Condition condition = condition(when, key, v, id);
        if (condition != null) {
          return condition;
        }
      } finally {
        at = rule;
      }
      problem(
          Code.INVALID,
          when,
          SpecReader.path(at, "when"),
          "规则 "
              + id
              + " 的 when 条件 '"
              + key
              + "' 无效；可用: equals {field, value}, code_in {field,"
              + " ranges}, any_diagnosis_in [ranges], positive 数值字段, age_days_at_most 天数");
      return null;
    }

    private Condition condition(Mapping when, String key, YamlNode v, String id) {
      String whenAt = at.substring(0, at.length() - key.length() - 1);
      switch (key) {
        case "equals":
          if (v instanceof Mapping e) {
            return new Condition.Equals(frontPageField(e, "field", id), text(e, "value"));
          }
          break;
        case "code_in":
          if (v instanceof Mapping e) {
            return new Condition.CodeIn(frontPageField(e, "field", id), ranges(list(e, "ranges")));
          }
          break;
        case "any_diagnosis_in":
          if (v instanceof Sequence) {
            String rule = at;
            at = whenAt;
            try {
              return new Condition.AnyDiagnosisIn(ranges(list(when, key)));
            } finally {
              at = rule;
            }
          }
          break;
        case "positive":
          if (v instanceof Scalar s && MedrecColumns.kind(s.text()) == MedrecColumns.Kind.NUMBER) {
            return new Condition.Positive(s.text());
          }
          break;
        case "age_days_at_most":
          return new Condition.AgeDaysAtMost(in.integer(when, whenAt, key, 0, 36_500, 0));
        default:
          break;
      }
      return null;
    }

    private static List<Condition.CodeRange> ranges(List<String> texts) {
      return texts.stream().map(Condition.CodeRange::parse).toList();
    }
  }
}
