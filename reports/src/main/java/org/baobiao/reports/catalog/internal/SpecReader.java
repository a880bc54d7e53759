package org.baobiao.reports.catalog.internal;

import static java.util.Objects.requireNonNull;
import static org.baobiao.reports.catalog.internal.FieldReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.IndicatorSpec;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.catalog.SpecProblem;
import org.baobiao.reports.catalog.SpecProblem.Code;

/**
 * Turns the YAML tree of one {@code report.yaml} into a {@link ReportSpec}, validating it on the
 * way: required fields, known types, unique names, referenced files present, defaults applied.
 */
public final class SpecReader {
  private static final Set<String> REPORT_KEYS =
      Set.of(
          "id",
          "version",
          "title",
          "description",
          "parameters",
          "formats",
          "layout",
          "datasets",
          "indicators");
  private static final Set<String> PARAMETER_KEYS =
      Set.of("name", "label", "type", "required", "granularities", "scheduled");
  private static final Set<String> DATASET_KEYS = Set.of("name", "title", "query", "columns");
  private static final Set<String> COLUMN_KEYS =
      Set.of("name", "label", "type", "unit", "scale", "width");
  private static final Set<String> INDICATOR_KEYS =
      Set.of("id", "name", "numerator", "denominator", "unit", "source");
  private static final Set<String> GRANULARITIES = Set.of("month", "quarter", "year");
  // Dataset and column names become CSV file suffixes, CSV headers and Jasper field names.
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 255;
  private static final int MAX_SCALE = 10;

  private final String folder;
  private final Predicate<String> resourceExists;
  private final FieldReader in;

  /**
   * @param folder the classpath folder of the report, e.g. {@code reports/ops-monthly}
   * @param resourceExists tells whether a classpath resource exists
   */
  public SpecReader(String folder, Predicate<String> resourceExists) {
    this.folder = requireNonNull(folder, "folder is null");
    this.resourceExists = requireNonNull(resourceExists, "resourceExists is null");
    this.in = new FieldReader(folder + "/report.yaml");
  }

  /** Problems found by {@link #read}. */
  public List<SpecProblem> problems() {
    return in.problems();
  }

  /** The spec, or empty when {@link #problems()} is not empty. */
  public Optional<ReportSpec> read(JsonNode root, String folderId) {
    if (!in.expectObject(root, "")) {
      return Optional.empty();
    }
    in.rejectUnknownKeys(root, "", REPORT_KEYS);
    String id = in.requiredText(root, "", "id");
    if (id != null && !id.equals(folderId)) {
      in.problem(Code.ID_MISMATCH, "id", "'" + id + "' 与所在文件夹名 '" + folderId + "' 不一致");
    }
    Integer version = in.optionalInt(root, "", "version", 1, 9999, null);
    if (version == null && root.get("version") == null) {
      in.problem(Code.MISSING, "version", "缺少必填字段");
    }
    String title = in.requiredText(root, "", "title");
    String description = in.requiredText(root, "", "description");
    List<ParameterSpec> parameters = in.list(root, "", "parameters", false, this::parameter);
    unique(root.get("parameters"), "parameters", "name", "参数名");
    List<ReportFormat> formats = in.list(root, "", "formats", true, this::format);
    String layout = in.optionalText(root, "", "layout");
    if (layout != null) {
      fileInFolder(layout, "layout", ".jrxml");
    } else if (formats.contains(ReportFormat.PDF)) {
      in.problem(Code.MISSING, "layout", "formats 含 pdf 时必须给出版式文件（.jrxml）");
    }
    List<DatasetSpec> datasets = in.list(root, "", "datasets", true, this::dataset);
    unique(root.get("datasets"), "datasets", "name", "数据集名");
    List<IndicatorSpec> indicators = in.list(root, "", "indicators", false, this::indicator);
    unique(root.get("indicators"), "indicators", "id", "指标 id");
    if (!in.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReportSpec(
            id, version, title, description, parameters, formats, layout, datasets, indicators));
  }

  private ParameterSpec parameter(JsonNode node, String at) {
    if (!in.expectObject(node, at)) {
      return null;
    }
    in.rejectUnknownKeys(node, at, PARAMETER_KEYS);
    String name = in.requiredText(node, at, "name");
    String label = in.requiredText(node, at, "label");
    ParameterType type = in.requiredEnum(node, at, "type", ParameterType.class);
    boolean required = in.optionalBoolean(node, at, "required", false);
    List<String> granularities = in.list(node, at, "granularities", false, this::granularity);
    if (!granularities.isEmpty() && type != null && type != ParameterType.PERIOD) {
      in.problem(Code.INVALID, path(at, "granularities"), "只有 PERIOD 类型的参数可以设置 granularities");
    }
    List<String> scheduled = in.list(node, at, "scheduled", false, this::granularity);
    if (!granularities.containsAll(scheduled)) {
      in.problem(
          Code.INVALID,
          path(at, "scheduled"),
          "scheduled " + scheduled + " 须是 granularities " + granularities + " 中的粒度");
    }
    if (name == null || label == null || type == null) {
      return null;
    }
    return new ParameterSpec(name, label, type, required, granularities, scheduled);
  }

  private String granularity(JsonNode node, String at) {
    String text = node.isValueNode() ? node.asText().strip() : "";
    if (!GRANULARITIES.contains(text)) {
      in.problem(Code.UNKNOWN_VALUE, at, "'" + text + "' 不是以下之一: month, quarter, year");
      return null;
    }
    return text;
  }

  private ReportFormat format(JsonNode node, String at) {
    if (!node.isValueNode()) {
      in.problem(Code.WRONG_TYPE, at, "应为 pdf、xlsx 或 csv");
      return null;
    }
    String text = node.asText().strip();
    for (ReportFormat format : ReportFormat.values()) {
      if (format.extension().equalsIgnoreCase(text)) {
        return format;
      }
    }
    in.problem(Code.UNKNOWN_VALUE, at, "'" + text + "' 不是以下之一: pdf, xlsx, csv");
    return null;
  }

  private DatasetSpec dataset(JsonNode node, String at) {
    if (!in.expectObject(node, at)) {
      return null;
    }
    in.rejectUnknownKeys(node, at, DATASET_KEYS);
    String name = snakeCase(in.requiredText(node, at, "name"), path(at, "name"));
    String title = in.requiredText(node, at, "title");
    String query = in.requiredText(node, at, "query");
    if (query != null) {
      fileInFolder(query, path(at, "query"), ".sql");
    }
    List<ColumnSpec> columns = in.list(node, at, "columns", true, this::column);
    unique(node.get("columns"), path(at, "columns"), "name", "列名");
    if (name == null || title == null || query == null) {
      return null;
    }
    return new DatasetSpec(name, title, query, columns);
  }

  private ColumnSpec column(JsonNode node, String at) {
    if (!in.expectObject(node, at)) {
      return null;
    }
    in.rejectUnknownKeys(node, at, COLUMN_KEYS);
    String name = snakeCase(in.requiredText(node, at, "name"), path(at, "name"));
    String label = in.requiredText(node, at, "label");
    ColumnType type = in.requiredEnum(node, at, "type", ColumnType.class);
    String unit = in.optionalText(node, at, "unit");
    int scale = in.optionalInt(node, at, "scale", 0, MAX_SCALE, 0);
    // Labels are Chinese: one character is about two Latin characters wide.
    int defaultWidth = Math.max(MIN_WIDTH, label == null ? 0 : label.length() * 2);
    int width = in.optionalInt(node, at, "width", 1, MAX_WIDTH, defaultWidth);
    if (name == null || label == null || type == null) {
      return null;
    }
    return new ColumnSpec(name, label, type, unit, scale, width);
  }

  private IndicatorSpec indicator(JsonNode node, String at) {
    if (!in.expectObject(node, at)) {
      return null;
    }
    in.rejectUnknownKeys(node, at, INDICATOR_KEYS);
    String id = in.requiredText(node, at, "id");
    String name = in.requiredText(node, at, "name");
    String numerator = in.requiredText(node, at, "numerator");
    String denominator = in.requiredText(node, at, "denominator");
    String unit = in.requiredText(node, at, "unit");
    String source = in.requiredText(node, at, "source");
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

  private String snakeCase(String name, String field) {
    if (name != null && !SNAKE_CASE.matcher(name).matches()) {
      in.problem(Code.INVALID, field, "'" + name + "' 应由小写字母、数字和下划线组成，且以字母开头");
      return null;
    }
    return name;
  }

  private void fileInFolder(String fileName, String field, String extension) {
    if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(extension)) {
      in.problem(Code.INVALID, field, "'" + fileName + "' 应为本报表文件夹内的 " + extension + " 文件名（不含路径）");
      return;
    }
    String resource = folder + "/" + fileName;
    if (!resourceExists.test(resource)) {
      in.problem(Code.FILE_MISSING, field, "文件 " + resource + " 不存在");
    }
  }

  /** Reports repeated values of {@code keyField} among the mappings of a list node. */
  private void unique(JsonNode list, String listField, String keyField, String what) {
    if (list == null || !list.isArray()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode value = list.get(i).get(keyField);
      if (value != null && value.isValueNode() && !seen.add(value.asText().strip())) {
        in.problem(
            Code.DUPLICATE,
            listField + "[" + i + "]." + keyField,
            what + " '" + value.asText().strip() + "' 重复");
      }
    }
  }
}
