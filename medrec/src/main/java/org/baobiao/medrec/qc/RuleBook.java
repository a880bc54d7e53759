package org.baobiao.medrec.qc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;
import org.baobiao.spec.YamlTree;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.Origin;
import org.baobiao.spec.config.SpecFile;

/**
 * The front-page quality rules and code lists, read from the rule files listed in {@code
 * qc/index.txt} (see docs/medrec-qc.md). Every problem of every file is collected and reported
 * together, with file and line; a rule naming an unknown field, list or check is a problem.
 */
public final class RuleBook {
  private static final String BASE = "/org/baobiao/medrec/qc/";
  private static final Set<String> RULE_KEYS =
      Set.of(
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

  /** A code list: its name, the standard it comes from, and code → name in file order. */
  public record CodeList(String id, String name, String source, Map<String, String> codes) {}

  private RuleBook(Map<String, CodeList> lists, List<QcRule> rules) {
    this.lists = Map.copyOf(lists);
    this.rules = List.copyOf(rules);
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
   * @throws RuleBookException naming every problem with file and line
   */
  public static RuleBook load(ConfigFolder config) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SpecFile f :
        config.overlay(ConfigKind.QC_RULES, bundledFiles(), n -> n.endsWith(".yaml"))) {
      texts.put(f.origin() == Origin.BUNDLED ? f.name() : f.location(), f.text());
    }
    return parse(texts);
  }

  /**
   * Reads rule files given as name → text; the first must be the code lists.
   *
   * @throws RuleBookException naming every problem
   */
  public static RuleBook parse(Map<String, String> files) {
    Reader r = new Reader();
    Map<String, CodeList> lists = new LinkedHashMap<>();
    List<QcRule> rules = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<String, String> e : files.entrySet()) {
      r.file = e.getKey();
      YamlNode root = YamlTree.parse(e.getValue(), r);
      if (root instanceof Mapping m) {
        if (first) {
          readLists(r, m, lists);
        } else {
          readRules(r, m, lists, rules);
        }
      } else if (root != null) {
        r.problem(root.line(), "应为映射");
      }
      first = false;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (QcRule rule : rules) {
      if (!seen.add(rule.id())) {
        r.problems.add(rule.source() + ": 规则编号 " + rule.id() + " 重复");
      }
    }
    if (!r.problems.isEmpty()) {
      throw new RuleBookException(r.problems);
    }
    return new RuleBook(lists, rules);
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
    if (!(root.value("lists") instanceof Mapping all)) {
      r.problem(root.line(), "代码表文件应有 lists: 映射");
      return;
    }
    for (YamlNode.Entry e : all.entries().values()) {
      if (!(e.value() instanceof Mapping l) || !(l.value("codes") instanceof Mapping codes)) {
        r.problem(e.line(), "代码表 " + e.key() + " 应有 name、source 与 codes 映射");
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (YamlNode.Entry c : codes.entries().values()) {
        m.put(c.key(), c.value() instanceof Scalar s ? s.text() : c.key());
      }
      out.put(e.key(), new CodeList(e.key(), r.text(l, "name"), r.text(l, "source"), m));
    }
  }

  private static void readRules(
      Reader r, Mapping root, Map<String, CodeList> lists, List<QcRule> out) {
    String set = r.text(root, "set");
    if (!(root.value("rules") instanceof Sequence seq)) {
      r.problem(root.line(), "规则集文件应有 rules: 列表");
      return;
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof Mapping m)) {
        r.problem(item.line(), "每条规则应为映射");
        continue;
      }
      for (String key : m.keys()) {
        if (!RULE_KEYS.contains(key)) {
          r.problem(m.lineOf(key), "未知的键 '" + key + "'；可用: " + String.join(", ", RULE_KEYS));
        }
      }
      int before = r.problems.size();
      String id = r.text(m, "id");
      Severity severity = r.severity(m);
      Scope scope = r.scope(m);
      List<String> fields = r.list(m, "fields");
      for (String f : fields) {
        if (!r.hasField(scope, f)) {
          r.problem(m.lineOf("fields"), "规则 " + id + " 的字段 '" + f + "' 不是" + scope + "的列");
        }
      }
      Check check = r.check(m, id, scope, fields, lists);
      Condition when = r.condition(m, id);
      String clause = r.text(m, "clause");
      String message = r.text(m, "message");
      if (r.problems.size() == before) {
        out.add(
            new QcRule(
                id,
                set,
                severity,
                scope,
                fields,
                check,
                when,
                clause,
                message,
                r.file + ":" + m.line()));
      }
    }
  }

  /** Reads typed values and collects problems with file and line. */
  private static final class Reader implements YamlTree.Problems {
    final List<String> problems = new ArrayList<>();
    String file;

    @Override
    public void syntax(int line, String field, String message) {
      problem(line, message);
    }

    @Override
    public void duplicate(int line, String field, String message) {
      problem(line, message);
    }

    void problem(int line, String message) {
      problems.add(file + ":" + line + ": " + message);
    }

    String text(Mapping m, String key) {
      if (m.value(key) instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
        return s.text();
      }
      problem(m.line(), "缺少 " + key);
      return "";
    }

    String optionalText(Mapping m, String key) {
      return m.value(key) instanceof Scalar s && !s.isNull() ? s.text() : null;
    }

    int integer(Mapping m, String key, int absent) {
      String t = optionalText(m, key);
      if (t == null) {
        return absent;
      }
      try {
        return Integer.parseInt(t);
      } catch (NumberFormatException e) {
        problem(m.lineOf(key), key + " 应为整数，实为 '" + t + "'");
        return absent;
      }
    }

    List<String> list(Mapping m, String key) {
      YamlNode v = m.value(key);
      if (v == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      if (v instanceof Sequence s) {
        for (YamlNode i : s.items()) {
          if (i instanceof Scalar sc) {
            out.add(sc.text());
          }
        }
      } else {
        problem(m.lineOf(key), key + " 应为列表");
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
            problem(m.lineOf("severity"), "severity 应为 blocking 或 warning，实为 '" + s + "'");
          }
          yield Severity.WARNING;
        }
      };
    }

    Scope scope(Mapping m) {
      String s = optionalText(m, "scope");
      if (s == null || s.equals("front_page")) {
        return Scope.FRONT_PAGE;
      }
      return switch (s) {
        case "diagnosis" -> Scope.DIAGNOSIS;
        case "operation" -> Scope.OPERATION;
        default -> {
          problem(m.lineOf("scope"), "scope 应为 front_page、diagnosis 或 operation，实为 '" + s + "'");
          yield Scope.FRONT_PAGE;
        }
      };
    }

    boolean hasField(Scope scope, String f) {
      return switch (scope) {
        case FRONT_PAGE -> MedrecColumns.frontPage(f);
        case DIAGNOSIS -> MedrecColumns.diagnosis(f);
        case OPERATION -> MedrecColumns.operation(f);
      };
    }

    String frontPageField(Mapping m, String key, String id) {
      String f = text(m, key);
      if (!f.isEmpty() && !MedrecColumns.frontPage(f)) {
        problem(m.lineOf(key), "规则 " + id + " 的 " + key + " '" + f + "' 不是首页的列");
      }
      return f;
    }

    String oneField(Mapping m, String id, List<String> fields) {
      if (fields.size() != 1) {
        problem(m.line(), "规则 " + id + " 的 fields 应恰有一个字段");
        return "";
      }
      return fields.get(0);
    }

    Check check(
        Mapping m, String id, Scope scope, List<String> fields, Map<String, CodeList> lists) {
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
              problem(m.lineOf("list"), "规则 " + id + " 引用了不存在的代码表 '" + listId + "'");
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
            problem(m.lineOf("pattern"), "规则 " + id + " 的正则表达式有误: " + e.getDescription());
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
              problem(m.lineOf("to"), "规则 " + id + " 的 to '" + to + "' 不是首页的列");
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
              problem(m.lineOf("op"), "规则 " + id + " 的 op 应为 " + OPS + " 之一，实为 '" + op + "'");
            }
            String left = frontPageField(m, "left", id);
            String right = frontPageField(m, "right", id);
            if (MedrecColumns.kind(left) != MedrecColumns.kind(right)) {
              problem(m.line(), "规则 " + id + " 比较的两个字段类型不同: " + left + "、" + right);
            }
            return new Check.Compare(left, op, right);
          }
        case "sum_at_most":
          return new Check.SumAtMost(frontPageField(m, "left", id), fields);
        default:
          if (!kind.isEmpty()) {
            problem(
                m.lineOf("check"),
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
        problem(m.lineOf("when"), "规则 " + id + " 的 when 应为只有一个键的映射");
        return null;
      }
      String key = when.keys().iterator().next();
      YamlNode v = when.value(key);
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
            return new Condition.AnyDiagnosisIn(ranges(list(when, key)));
          }
          break;
        case "positive":
          if (v instanceof Scalar s && MedrecColumns.kind(s.text()) == MedrecColumns.Kind.NUMBER) {
            return new Condition.Positive(s.text());
          }
          break;
        case "age_days_at_most":
          return new Condition.AgeDaysAtMost(integer(when, key, 0));
        default:
          break;
      }
      problem(
          when.line(),
          "规则 "
              + id
              + " 的 when 条件 '"
              + key
              + "' 无效；可用: equals {field, value}, code_in {field,"
              + " ranges}, any_diagnosis_in [ranges], positive 数值字段, age_days_at_most 天数");
      return null;
    }

    private static List<Condition.CodeRange> ranges(List<String> texts) {
      return texts.stream().map(Condition.CodeRange::parse).toList();
    }
  }
}
