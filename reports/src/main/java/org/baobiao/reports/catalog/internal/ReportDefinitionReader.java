package org.baobiao.reports.catalog.internal;

import static java.util.Objects.requireNonNull;
import static org.baobiao.spec.SpecReader.path;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.FindingSpec;
import org.baobiao.reports.catalog.IndicatorSpec;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlNode.Sequence;
import org.baobiao.spec.personal.PersonalData;

/**
 * Turns the text of one {@code report.yaml} into a {@link ReportSpec}, validating it on the way:
 * required fields, known types, unique names, referenced files present, defaults applied. Problems
 * are collected by the shared {@link SpecReader}, with line, column and field path.
 */
public final class ReportDefinitionReader {
  private static final List<String> REPORT_KEYS =
      List.of(
          "id",
          "version",
          "title",
          "description",
          "parameters",
          "formats",
          "layout",
          "datasets",
          "indicators",
          "findings");
  private static final List<String> PARAMETER_KEYS =
      List.of(
          "name",
          "label",
          "type",
          "required",
          "granularities",
          "scheduled",
          "year",
          "choices",
          "default");
  private static final List<String> CHOICE_KEYS = List.of("value", "label");
  // A choice's value is bound to the queries and may appear in output file names.
  private static final Pattern CHOICE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final List<String> DATASET_KEYS = List.of("name", "title", "query", "columns");
  private static final List<String> COLUMN_KEYS =
      List.of("name", "label", "type", "unit", "scale", "width", "mask");
  // How a column of personal data is masked (PersonalData): names keep their first character.
  private static final List<String> MASKS = List.of("name", "phone", "id_number", "address");
  private static final List<String> INDICATOR_KEYS =
      List.of("id", "name", "numerator", "denominator", "unit", "source");
  // How a PERIOD parameter's years count: calendar years, or MCH statistical years (Oct–Sep).
  private static final List<String> YEARS = List.of("calendar", "statistical");
  private static final List<String> GRANULARITIES =
      List.of("day", "month", "quarter", "year", "range");
  // Dataset and column names become CSV file suffixes, CSV headers and Jasper field names.
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 255;
  private static final int MAX_SCALE = 10;

  private final String folder;
  private final Predicate<String> resourceExists;
  private final SpecReader in;

  /**
   * @param folder the classpath folder of the report, e.g. {@code reports/ops-monthly}
   * @param resourceExists tells whether a classpath resource exists
   */
  public ReportDefinitionReader(String folder, Predicate<String> resourceExists) {
    this.folder = requireNonNull(folder, "folder is null");
    this.resourceExists = requireNonNull(resourceExists, "resourceExists is null");
    this.in = new SpecReader(folder + "/report.yaml");
  }

  /** Problems found by {@link #read}. */
  public List<SpecProblem> problems() {
    return in.problems();
  }

  /** The spec, or empty when {@link #problems()} is not empty. */
  public Optional<ReportSpec> read(String text, String folderId) {
    Mapping root = in.root(text);
    if (root == null) {
      return Optional.empty();
    }
    in.onlyKeys(root, "", REPORT_KEYS);
    String id = in.text(root, "", "id", true);
    if (id != null && !id.equals(folderId)) {
      in.problemAt(
          Code.ID_MISMATCH, root, "id", "id", "'" + id + "' 与所在文件夹名 '" + folderId + "' 不一致");
    }
    Integer version = in.integer(root, "", "version", true, 1, 9999);
    String title = in.text(root, "", "title", true);
    String description = in.text(root, "", "description", true);
    List<ParameterSpec> parameters = in.list(root, "", "parameters", false, this::parameter);
    unique(root, "", "parameters", "name", "参数名");
    List<ReportFormat> formats = in.list(root, "", "formats", true, this::format);
    String layout = in.text(root, "", "layout", false);
    if (layout != null) {
      fileInFolder(root, "layout", "layout", ".jrxml");
    } else if (formats.contains(ReportFormat.PDF)) {
      in.problem(Code.MISSING, root, "layout", "formats 含 pdf 时必须给出版式文件（.jrxml）");
    }
    List<DatasetSpec> datasets = in.list(root, "", "datasets", true, this::dataset);
    unique(root, "", "datasets", "name", "数据集名");
    List<IndicatorSpec> indicators = in.list(root, "", "indicators", false, this::indicator);
    unique(root, "", "indicators", "id", "指标 id");
    List<FindingSpec> findings = new FindingsReader(in, datasets).read(root);
    if (!in.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReportSpec(
            id,
            version,
            title,
            description,
            parameters,
            formats,
            layout,
            datasets,
            indicators,
            findings));
  }

  private ParameterSpec parameter(YamlNode item, String at) {
    Mapping node = in.mapping(item, at, item.line());
    if (node == null) {
      return null;
    }
    in.onlyKeys(node, at, PARAMETER_KEYS);
    String name = in.text(node, at, "name", true);
    String label = in.text(node, at, "label", true);
    ParameterType type = enumIgnoringCase(node, at, "type", ParameterType.class);
    boolean required = in.bool(node, at, "required", false);
    List<String> granularities = in.codes(node, at, "granularities", GRANULARITIES, false);
    if (!granularities.isEmpty() && type != null && type != ParameterType.PERIOD) {
      in.problemAt(
          Code.INVALID,
          node,
          "granularities",
          path(at, "granularities"),
          "只有 PERIOD 类型的参数可以设置 granularities");
    }
    List<String> scheduled = in.codes(node, at, "scheduled", GRANULARITIES, false);
    if (!granularities.containsAll(scheduled)) {
      in.problemAt(
          Code.INVALID,
          node,
          "scheduled",
          path(at, "scheduled"),
          "scheduled " + scheduled + " 须是 granularities " + granularities + " 中的粒度");
    }
    String year = in.code(node, at, "year", YEARS, false);
    if (year != null && type != null && type != ParameterType.PERIOD) {
      in.problemAt(Code.INVALID, node, "year", path(at, "year"), "只有 PERIOD 类型的参数可以设置 year");
    }
    List<ParameterSpec.Choice> choices =
        in.identifiedSequence(node, at, "choices", "value", false, "选项", this::choice);
    String defaultValue = in.text(node, at, "default", false);
    if (type == ParameterType.CHOICE) {
      if (node.value("choices") == null) {
        in.problemAt(
            Code.MISSING, node, "type", path(at, "choices"), "CHOICE 类型的参数必须给出 choices（可选值列表）");
      }
      if (defaultValue == null) {
        in.problemAt(
            Code.MISSING, node, "type", path(at, "default"), "CHOICE 类型的参数必须给出 default（默认值）");
      } else if (!choices.isEmpty()
          && choices.stream().noneMatch(c -> c.value().equals(defaultValue))) {
        in.problemAt(
            Code.INVALID,
            node,
            "default",
            path(at, "default"),
            "默认值 '"
                + defaultValue
                + "' 不在 choices 中；可选: "
                + choices.stream().map(ParameterSpec.Choice::value).toList());
      }
    } else if (type != null) {
      for (String key : List.of("choices", "default")) {
        if (node.value(key) != null) {
          in.problemAt(Code.INVALID, node, key, path(at, key), "只有 CHOICE 类型的参数可以设置 " + key);
        }
      }
    }
    if (name == null || label == null || type == null || !in.isEmpty()) {
      return null;
    }
    return new ParameterSpec(
        name,
        label,
        type,
        required,
        granularities,
        scheduled,
        "statistical".equals(year),
        type == ParameterType.CHOICE ? choices : List.of(),
        type == ParameterType.CHOICE ? defaultValue : null);
  }

  private ParameterSpec.Choice choice(Mapping node, String at) {
    in.onlyKeys(node, at, CHOICE_KEYS);
    String value = in.text(node, at, "value", true);
    String label = in.text(node, at, "label", true);
    if (value != null && !CHOICE_VALUE.matcher(value).matches()) {
      in.problemAt(
          Code.INVALID,
          node,
          "value",
          path(at, "value"),
          "选项值 '" + value + "' 只能由字母、数字、下划线和连字符组成（1-32 个字符）");
      return null;
    }
    return value == null || label == null ? null : new ParameterSpec.Choice(value, label);
  }

  private ReportFormat format(YamlNode node, String at) {
    String text = in.text(node, at);
    if (text == null) {
      return null;
    }
    for (ReportFormat format : ReportFormat.values()) {
      if (format.extension().equalsIgnoreCase(text)) {
        return format;
      }
    }
    in.notOneOf(text, node, at, List.of("pdf", "xlsx", "csv"));
    return null;
  }

  private DatasetSpec dataset(YamlNode item, String at) {
    Mapping node = in.mapping(item, at, item.line());
    if (node == null) {
      return null;
    }
    in.onlyKeys(node, at, DATASET_KEYS);
    String name = snakeCase(node, at, "name");
    String title = in.text(node, at, "title", true);
    String query = in.text(node, at, "query", true);
    if (query != null) {
      fileInFolder(node, "query", path(at, "query"), ".sql");
    }
    List<ColumnSpec> columns = in.list(node, at, "columns", true, this::column);
    unique(node, at, "columns", "name", "列名");
    if (name == null || title == null || query == null) {
      return null;
    }
    return new DatasetSpec(name, title, query, columns);
  }

  private ColumnSpec column(YamlNode item, String at) {
    Mapping node = in.mapping(item, at, item.line());
    if (node == null) {
      return null;
    }
    in.onlyKeys(node, at, COLUMN_KEYS);
    String name = snakeCase(node, at, "name");
    String label = in.text(node, at, "label", true);
    ColumnType type = enumIgnoringCase(node, at, "type", ColumnType.class);
    String unit = in.text(node, at, "unit", false);
    int scale = in.integer(node, at, "scale", 0, MAX_SCALE, 0);
    // Labels are Chinese: one character is about two Latin characters wide.
    int defaultWidth = Math.max(MIN_WIDTH, label == null ? 0 : label.length() * 2);
    int width = in.integer(node, at, "width", 1, MAX_WIDTH, defaultWidth);
    String mask = in.code(node, at, "mask", MASKS, false);
    if (mask != null && type != null && type != ColumnType.TEXT) {
      in.problemAt(Code.INVALID, node, "mask", path(at, "mask"), "只有 TEXT 类型的列可以设置 mask");
      return null;
    }
    if (name == null || label == null || type == null) {
      return null;
    }
    return new ColumnSpec(
        name,
        label,
        type,
        unit,
        scale,
        width,
        mask == null ? null : PersonalData.valueOf(mask.toUpperCase(Locale.ROOT)));
  }

  private IndicatorSpec indicator(YamlNode item, String at) {
    Mapping node = in.mapping(item, at, item.line());
    if (node == null) {
      return null;
    }
    in.onlyKeys(node, at, INDICATOR_KEYS);
    String id = in.text(node, at, "id", true);
    String name = in.text(node, at, "name", true);
    String numerator = in.text(node, at, "numerator", true);
    String denominator = in.text(node, at, "denominator", true);
    String unit = in.text(node, at, "unit", true);
    String source = in.text(node, at, "source", true);
    if (id == null
        || name == null
        || numerator == null
        || denominator == null
        || unit == null
        || source == null) {
      return null;
    }
    return new IndicatorSpec(id, name, numerator, denominator, unit, source);
  }

  /** A required enum constant, its name matched ignoring case. */
  private <E extends Enum<E>> E enumIgnoringCase(
      Mapping node, String at, String key, Class<E> type) {
    String text = in.text(node, at, key, true);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    in.notOneOf(
        text,
        node.value(key),
        path(at, key),
        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    return null;
  }

  private String snakeCase(Mapping node, String at, String key) {
    String name = in.text(node, at, key, true);
    if (name != null && !SNAKE_CASE.matcher(name).matches()) {
      in.problemAt(Code.INVALID, node, key, path(at, key), "'" + name + "' 应由小写字母、数字和下划线组成，且以字母开头");
      return null;
    }
    return name;
  }

  private void fileInFolder(Mapping node, String key, String field, String extension) {
    String fileName = SpecReader.peek(node, key);
    if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(extension)) {
      in.problemAt(
          Code.INVALID,
          node,
          key,
          field,
          "'" + fileName + "' 应为本报表文件夹内的 " + extension + " 文件名（不含路径）");
      return;
    }
    String resource = folder + "/" + fileName;
    if (!resourceExists.test(resource)) {
      in.problemAt(Code.FILE_MISSING, node, key, field, "文件 " + resource + " 不存在");
    }
  }

  /** Reports repeated values of {@code keyField} among the mappings of list {@code key}. */
  private void unique(Mapping node, String at, String key, String keyField, String what) {
    if (!(node.value(key) instanceof Sequence list)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      if (list.items().get(i) instanceof Mapping item
          && item.value(keyField) instanceof Scalar value
          && !value.text().isBlank()
          && !seen.add(value.text().strip())) {
        in.problem(
            Code.DUPLICATE,
            value,
            path(at, key) + "[" + i + "]." + keyField,
            what + " '" + value.text().strip() + "' 重复");
      }
    }
  }
}
