package org.baobiao.reports.catalog.internal;

import static java.util.Objects.requireNonNull;
import static org.baobiao.spec.SpecReader.path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.FindingSpec;
import org.baobiao.reports.catalog.FindingSpec.Condition;
import org.baobiao.reports.catalog.FindingSpec.Operator;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * Reads the {@code findings:} section of a report.yaml into {@link FindingSpec}s, checking each
 * rule against the datasets of the same file: the dataset exists, every column a condition or a
 * placeholder names is one of its columns, each operator and modifier fits the column's type.
 * Problems go to the report's {@link SpecReader}, with line and field (e.g. {@code
 * findings[2].when[0]}).
 */
final class FindingsReader {
  static final List<String> KEYS = List.of("id", "dataset", "when", "column", "text", "max");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern NULL_TEST =
      Pattern.compile("([a-z][a-z0-9_]*)\\s+is\\s+(not\\s+)?null", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON =
      Pattern.compile("([a-z][a-z0-9_]*)\\s*(<=|>=|!=|<>|=|<|>)\\s*(.+)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern PLACEHOLDER_BODY =
      Pattern.compile("([a-z][a-z0-9_]*)((?:\\|[a-z]+)*)");
  private static final int MAX_SENTENCES = 100;
  private static final int DEFAULT_MAX = 20;

  private final SpecReader in;
  private final Map<String, DatasetSpec> datasets;

  /**
   * @param in the reader of the report.yaml, collecting problems
   * @param datasets the report's datasets
   */
  FindingsReader(SpecReader in, List<DatasetSpec> datasets) {
    this.in = requireNonNull(in, "in is null");
    this.datasets =
        datasets.stream().collect(Collectors.toMap(DatasetSpec::name, d -> d, (a, b) -> a));
  }

  /** The rules of {@code findings} in {@code root}; none when the key is absent. */
  List<FindingSpec> read(Mapping root) {
    if (root.value("findings") == null) {
      return List.of();
    }
    if (datasets.containsKey("findings")) {
      in.problemAt(
          Code.INVALID,
          root,
          "findings",
          "findings",
          "报表已有名为 findings 的数据集；findings 是主要发现数据集的保留名，请给该数据集改名");
    }
    return in.identifiedSequence(root, "", "findings", "id", false, "发现规则", this::rule);
  }

  private FindingSpec rule(Mapping node, String at) {
    in.onlyKeys(node, at, KEYS);
    String id = in.text(node, at, "id", true);
    if (id != null && !ID.matcher(id).matches()) {
      in.problemAt(Code.INVALID, node, "id", path(at, "id"), "'" + id + "' 应由小写字母、数字和下划线组成，且以字母开头");
      id = null;
    }
    String datasetName = in.text(node, at, "dataset", true);
    DatasetSpec dataset = null;
    if (datasetName != null) {
      dataset = datasets.get(datasetName);
      if (dataset == null) {
        in.problemAt(
            Code.BAD_REFERENCE,
            node,
            "dataset",
            path(at, "dataset"),
            "报表没有数据集 '" + datasetName + "'；可用: " + String.join(", ", datasets.keySet()));
      }
    }
    List<Condition> when = new ArrayList<>();
    for (SpecReader.Item item : in.items(node, at, "when", false)) {
      String text = in.text(item.node(), item.field());
      if (text != null && dataset != null) {
        Condition condition = condition(text, dataset, item.node(), item.field());
        if (condition != null) {
          when.add(condition);
        }
      }
    }
    String column = in.text(node, at, "column", true);
    if (column != null && dataset != null && dataset.indexOf(column) < 0) {
      unknownColumn(column, dataset, node.value("column"), path(at, "column"));
      column = null;
    }
    String text = in.text(node, at, "text", true);
    if (text != null && dataset != null) {
      checkTemplate(text, dataset, node.value("text"), path(at, "text"));
    }
    int max = in.integer(node, at, "max", 1, MAX_SENTENCES, DEFAULT_MAX);
    if (id == null || dataset == null || column == null || text == null) {
      return null;
    }
    return new FindingSpec(id, dataset.name(), when, column, text, max);
  }

  private Condition condition(String text, DatasetSpec dataset, YamlNode at, String field) {
    Matcher nullTest = NULL_TEST.matcher(text);
    if (nullTest.matches()) {
      String column = nullTest.group(1);
      if (dataset.indexOf(column) < 0) {
        unknownColumn(column, dataset, at, field);
        return null;
      }
      return new Condition(
          column, nullTest.group(2) == null ? Operator.IS_NULL : Operator.IS_NOT_NULL, null);
    }
    Matcher m = COMPARISON.matcher(text);
    if (!m.matches()) {
      in.problem(
          Code.INVALID,
          at,
          field,
          "条件 '"
              + text
              + "' 格式不对：应为“列名 运算符 值”（运算符 =、!=、<、<=、>、>=，文本值加单引号，如 status_label = '未履行'）"
              + "或“列名 is null”“列名 is not null”");
      return null;
    }
    String column = m.group(1);
    int index = dataset.indexOf(column);
    if (index < 0) {
      unknownColumn(column, dataset, at, field);
      return null;
    }
    ColumnType type = dataset.columns().get(index).type();
    Operator operator = operator(m.group(2));
    String literal = m.group(3).strip();
    if (numeric(type)) {
      if (!NUMBER.matcher(literal).matches()) {
        in.problem(
            Code.INVALID,
            at,
            field,
            "列 "
                + column
                + " 是数值列（"
                + type
                + "），应与数字比较，实际是 '"
                + literal
                + "'"
                + (type == ColumnType.PERCENT ? "（百分比列按小数比较，如 0.95 即 95%）" : ""));
        return null;
      }
      return new Condition(column, operator, new BigDecimal(literal));
    }
    if (type == ColumnType.TEXT) {
      Matcher quoted = QUOTED.matcher(literal);
      if (!quoted.matches() || (operator != Operator.EQ && operator != Operator.NE)) {
        in.problem(
            Code.INVALID,
            at,
            field,
            "列 " + column + " 是文本列，只能用 = 或 != 与加单引号的文本比较，如 " + column + " = '未履行'");
        return null;
      }
      return new Condition(column, operator, quoted.group(1));
    }
    in.problem(
        Code.INVALID,
        at,
        field,
        "列 " + column + " 是日期或时间列（" + type + "），条件中只能用 is null 或 is not null");
    return null;
  }

  private static Operator operator(String symbol) {
    return switch (symbol) {
      case "=" -> Operator.EQ;
      case "!=", "<>" -> Operator.NE;
      case "<" -> Operator.LT;
      case "<=" -> Operator.LE;
      case ">" -> Operator.GT;
      default -> Operator.GE;
    };
  }

  private void checkTemplate(String text, DatasetSpec dataset, YamlNode at, String field) {
    String outside = PLACEHOLDER.matcher(text).replaceAll("");
    if (outside.contains("{") || outside.contains("}")) {
      in.problem(Code.INVALID, at, field, "占位符的花括号不成对：占位符应写成 {列名} 或 {列名|修饰}");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      Matcher body = PLACEHOLDER_BODY.matcher(m.group(1).strip());
      if (!body.matches()) {
        in.problem(
            Code.INVALID,
            at,
            field,
            "占位符 {"
                + m.group(1)
                + "} 格式不对：应为 {列名} 或 {列名|修饰}，修饰可用: "
                + String.join(", ", FindingSpec.MODIFIERS));
        continue;
      }
      String column = body.group(1);
      int index = dataset.indexOf(column);
      if (index < 0) {
        unknownColumn(column, dataset, at, field);
        continue;
      }
      ColumnSpec spec = dataset.columns().get(index);
      for (String modifier :
          body.group(2).isEmpty() ? new String[0] : body.group(2).substring(1).split("\\|")) {
        String problem = modifierProblem(modifier, spec);
        if (problem != null) {
          in.problem(Code.INVALID, at, field, "占位符 {" + m.group(1) + "}: " + problem);
        }
      }
    }
  }

  private static String modifierProblem(String modifier, ColumnSpec column) {
    return switch (modifier) {
      case "abs" ->
          numeric(column.type()) ? null : "abs 只用于数值列，列 " + column.name() + " 是 " + column.type();
      case "pp" ->
          column.type() == ColumnType.PERCENT
              ? null
              : "pp（百分点）只用于 PERCENT 列，列 " + column.name() + " 是 " + column.type();
      case "month" ->
          column.type() == ColumnType.DATE || column.type() == ColumnType.TIMESTAMP
              ? null
              : "month 只用于 DATE 或 TIMESTAMP 列，列 " + column.name() + " 是 " + column.type();
      default -> "'" + modifier + "' 不是以下之一: " + String.join(", ", FindingSpec.MODIFIERS);
    };
  }

  private void unknownColumn(String column, DatasetSpec dataset, YamlNode at, String field) {
    in.problem(
        Code.BAD_REFERENCE,
        at,
        field,
        "数据集 "
            + dataset.name()
            + " 没有列 '"
            + column
            + "'；可用: "
            + dataset.columns().stream().map(ColumnSpec::name).collect(Collectors.joining(", ")));
  }

  private static boolean numeric(ColumnType type) {
    return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.PERCENT;
  }
}
