package org.baobiao.jobs.request.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.Origin;
import org.baobiao.spec.config.SpecFile;

/**
 * The extraction catalog: the extracts bundled with Baobiao ({@code
 * org/baobiao/jobs/request/extracts/index.txt}) with the configuration folder's {@code
 * extracts/<id>.yaml} laid over them. Each file names its dataset, a {@code .sql} file beside it.
 * Every problem of every file is reported with file, line and field.
 */
public final class ExtractCatalog {
  /** What the files are called in messages. */
  public static final String WHAT = "数据提取目录文件";

  private static final String BASE = "org/baobiao/jobs/request/extracts/";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
  private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]{0,63}");
  private static final Pattern SQL_FILE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}\\.sql");
  private static final List<String> KEYS =
      List.of(
          "id",
          "version",
          "title",
          "description",
          "domain",
          "kind",
          "dataset",
          "fields",
          "filters",
          "people",
          "counts",
          "suppress_below");
  private static final List<String> FIELD_KEYS =
      List.of("name", "label", "type", "class", "mask", "sensitive_codes", "codes_from");
  private static final List<String> COUNT_KEYS = List.of("name", "label", "of");
  private static final List<String> AGGREGATE_KEYS = List.of("people", "counts", "suppress_below");
  private static final List<String> TYPES =
      List.of("text", "integer", "decimal", "date", "timestamp");

  private final List<ExtractSpec> extracts;

  private ExtractCatalog(List<ExtractSpec> extracts) {
    this.extracts = List.copyOf(extracts);
  }

  /** The bundled extract files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.EXTRACTS, ExtractCatalog.class.getClassLoader(), BASE, "index.txt", n -> n);
  }

  /**
   * The bundled dataset files ({@code .sql}) the bundled extracts name, for {@code config init}.
   */
  public static List<SpecFile> bundledDatasets() {
    List<SpecFile> out = new ArrayList<>();
    for (SpecFile f : bundledFiles()) {
      String name = f.name().replaceFirst("\\.yaml$", ".sql");
      out.add(
          new SpecFile(
              name, Origin.BUNDLED, "内置 extracts/" + name, resource(BASE + name).orElseThrow()));
    }
    return out;
  }

  /**
   * The bundled extracts with the folder's laid over them.
   *
   * @throws SpecException naming every problem of every file
   */
  public static ExtractCatalog load(ConfigFolder config) {
    CodeLists lists = CodeLists.load(config);
    List<ExtractSpec> out = new ArrayList<>();
    List<SpecProblem> problems = new ArrayList<>();
    for (SpecFile f :
        config.overlay(ConfigKind.EXTRACTS, bundledFiles(), n -> n.endsWith(".yaml"))) {
      SpecReader in = new SpecReader(f.location());
      ExtractSpec spec = read(in, f, config, lists);
      problems.addAll(in.problems());
      if (spec != null && in.isEmpty()) {
        out.add(spec);
      }
    }
    if (!problems.isEmpty()) {
      throw new SpecException(WHAT, problems);
    }
    return new ExtractCatalog(out);
  }

  /** Every extract, bundled ones first. */
  public List<ExtractSpec> all() {
    return extracts;
  }

  /** The extract of that id. */
  public Optional<ExtractSpec> get(String id) {
    return extracts.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private static ExtractSpec read(
      SpecReader in, SpecFile file, ConfigFolder config, CodeLists lists) {
    Mapping root = in.root(file.text());
    if (root == null) {
      return null;
    }
    in.onlyKeys(root, "", KEYS);
    String id = in.text(root, "", "id", true);
    String stem = file.name().replaceFirst("\\.yaml$", "");
    if (id != null && !ID.matcher(id).matches()) {
      in.problem(Code.INVALID, root.value("id"), "id", "编号应为小写字母、数字和连字符，如 medrec-front-pages");
    } else if (id != null && !id.equals(stem)) {
      in.problem(Code.INVALID, root.value("id"), "id", "编号应与文件名一致（" + stem + "）");
    }
    Integer version = in.integer(root, "", "version", true, 1, 9999);
    String title = in.text(root, "", "title", true);
    String description = in.text(root, "", "description", false);
    String domain =
        in.code(root, "", "domain", List.of("medrec", "blood", "ops", "interfaces", "mch"), true);
    String dataset = in.text(root, "", "dataset", true);
    String sql = null;
    if (dataset != null) {
      if (!SQL_FILE.matcher(dataset).matches()) {
        in.problem(
            Code.INVALID, root.value("dataset"), "dataset", "应为同一目录下的 .sql 文件名，如 " + stem + ".sql");
      } else {
        sql = datasetText(file, dataset, config);
        if (sql == null) {
          in.problem(
              Code.INVALID,
              root.value("dataset"),
              "dataset",
              "数据集文件 " + dataset + " 不存在（应与本文件在同一目录）");
        } else if (!withoutComments(sql)
            .toUpperCase(Locale.ROOT)
            .matches("(?s)(SELECT|WITH)\\b.*")) {
          in.problem(
              Code.INVALID,
              root.value("dataset"),
              "dataset",
              "数据集文件 " + dataset + " 应为一条 SELECT 查询");
        }
      }
    }
    String extractKind = in.code(root, "", "kind", List.of("rows", "aggregate"), false);
    boolean aggregate = "aggregate".equals(extractKind);
    Map<String, Mapping> nodes = new java.util.LinkedHashMap<>();
    List<ExtractField> fields =
        in.identifiedSequence(
            root,
            "",
            "fields",
            "name",
            true,
            "字段",
            (m, at) -> {
              ExtractField field = field(in, m, at, lists);
              if (field != null) {
                nodes.put(field.name(), m);
              }
              return field;
            });
    for (ExtractField field : fields) {
      Mapping m = nodes.get(field.name());
      if (field.codesFrom() != null && !nodes.containsKey(field.codesFrom())) {
        in.problem(
            Code.INVALID,
            m.value("codes_from"),
            "fields." + field.name() + ".codes_from",
            "应为本提取目录中另一个字段的名称（其编码决定本字段是否敏感）");
      }
      if (aggregate && field.maskable()) {
        in.problem(
            Code.INVALID,
            m.value(field.sensitiveCodes() != null ? "sensitive_codes" : "class"),
            "fields." + field.name(),
            "汇总提取的分组字段只能是 public 或 internal，且不能带 sensitive_codes（汇总结果不含个人信息）");
      }
    }
    Aggregate agg = aggregate ? aggregate(in, root, fields) : null;
    if (!aggregate) {
      for (String key : AGGREGATE_KEYS) {
        if (root.value(key) != null) {
          in.problem(Code.INVALID, root.value(key), key, "只有汇总提取（kind: aggregate）可以使用 " + key);
        }
      }
    }
    Map<FilterKind, String> filters = new EnumMap<>(FilterKind.class);
    Mapping f = in.child(root, "", "filters", false);
    if (f != null) {
      in.onlyKeys(f, "filters", SpecReader.codes(FilterKind.class, FilterKind::code));
      for (FilterKind kind : FilterKind.values()) {
        String column = in.text(f, "filters", kind.code(), false);
        if (column != null && !COLUMN.matcher(column).matches()) {
          in.problem(
              Code.INVALID,
              f.value(kind.code()),
              "filters." + kind.code(),
              "应为数据集的列名（小写字母、数字、下划线）");
        } else if (column != null) {
          filters.put(kind, column);
        }
      }
    }
    if (id == null || version == null || title == null || domain == null || sql == null) {
      return null;
    }
    if (aggregate && agg == null) {
      return null;
    }
    return new ExtractSpec(
        id,
        version,
        title,
        description,
        domain,
        sql.strip(),
        fields,
        filters,
        file.location(),
        agg);
  }

  private static Aggregate aggregate(SpecReader in, Mapping root, List<ExtractField> fields) {
    String people = in.text(root, "", "people", true);
    if (people != null && !COLUMN.matcher(people).matches()) {
      in.problem(Code.INVALID, root.value("people"), "people", "应为数据集中标识一个人的列名（小写字母、数字、下划线）");
      people = null;
    }
    int below = in.integer(root, "", "suppress_below", 5, 1000, Aggregate.DEFAULT_SUPPRESS_BELOW);
    List<Aggregate.Count> counts =
        in.identifiedSequence(
            root,
            "",
            "counts",
            "name",
            true,
            "计数",
            (m, at) -> {
              in.onlyKeys(m, at, COUNT_KEYS);
              String name = in.text(m, at, "name", true);
              if (name != null && !COLUMN.matcher(name).matches()) {
                in.problem(
                    Code.INVALID,
                    m.value("name"),
                    SpecReader.path(at, "name"),
                    "应为列名（小写字母、数字、下划线）");
                name = null;
              } else if (name != null) {
                String n = name;
                if (fields.stream().anyMatch(f -> f.name().equals(n))) {
                  in.problem(
                      Code.DUPLICATE, m.value("name"), SpecReader.path(at, "name"), "与分组字段同名");
                  name = null;
                }
              }
              String label = in.text(m, at, "label", true);
              Aggregate.Of of =
                  in.choice(m, at, "of", Aggregate.Of.class, Aggregate.Of::code, true);
              return name == null || label == null || of == null
                  ? null
                  : new Aggregate.Count(name, label, of);
            });
    if (people == null || counts.isEmpty()) {
      return null;
    }
    return new Aggregate(people, counts, below);
  }

  private static ExtractField field(SpecReader in, Mapping m, String at, CodeLists lists) {
    in.onlyKeys(m, at, FIELD_KEYS);
    String name = in.text(m, at, "name", true);
    if (name != null && !COLUMN.matcher(name).matches()) {
      in.problem(
          Code.INVALID, m.value("name"), SpecReader.path(at, "name"), "应为数据集的列名（小写字母、数字、下划线）");
      name = null;
    }
    String label = in.text(m, at, "label", true);
    String type = in.code(m, at, "type", TYPES, false);
    FieldClass fieldClass = in.choice(m, at, "class", FieldClass.class, FieldClass::code, true);
    Masking masking = in.choice(m, at, "mask", Masking.class, Masking::code, false);
    if (fieldClass != null && fieldClass.personal() && masking == null && m.value("mask") == null) {
      in.problem(
          Code.MISSING,
          m.line(),
          m.column(),
          SpecReader.path(at, "mask"),
          "",
          "个人信息字段须给出脱敏方式（mask），可用: "
              + String.join(", ", SpecReader.codes(Masking.class, Masking::code)));
    }
    if (fieldClass != null && !fieldClass.personal() && masking != null) {
      in.problem(
          Code.INVALID,
          m.value("mask"),
          SpecReader.path(at, "mask"),
          "只有 personal 和 sensitive 字段需要脱敏方式");
    }
    CodeList codes = null;
    String listId = in.text(m, at, "sensitive_codes", false);
    if (listId != null) {
      codes = lists.get(listId).orElse(null);
      if (codes == null) {
        in.problem(
            Code.UNKNOWN_VALUE,
            m.value("sensitive_codes"),
            SpecReader.path(at, "sensitive_codes"),
            "没有编号为 '"
                + listId
                + "' 的敏感编码清单（code-lists/）；可用: "
                + String.join(", ", lists.all().stream().map(CodeList::id).toList()));
      } else if (fieldClass != null && fieldClass.personal()) {
        in.problem(
            Code.INVALID,
            m.value("sensitive_codes"),
            SpecReader.path(at, "sensitive_codes"),
            "personal 和 sensitive 字段已整体脱敏，sensitive_codes 只用于 public 或 internal 字段");
        codes = null;
      } else if (type != null && !type.equals("text")) {
        in.problem(
            Code.INVALID,
            m.value("sensitive_codes"),
            SpecReader.path(at, "sensitive_codes"),
            "带 sensitive_codes 的字段应为文本（type: text）");
        codes = null;
      }
    }
    String codesFrom = in.text(m, at, "codes_from", false);
    if (codesFrom != null && listId == null) {
      in.problem(
          Code.INVALID,
          m.value("codes_from"),
          SpecReader.path(at, "codes_from"),
          "codes_from 须与 sensitive_codes 一起使用");
    }
    if (name == null || label == null || fieldClass == null) {
      return null;
    }
    ColumnType columnType =
        type == null ? ColumnType.TEXT : ColumnType.valueOf(type.toUpperCase(Locale.ROOT));
    return new ExtractField(
        name,
        label,
        columnType,
        fieldClass,
        fieldClass.personal() ? masking : null,
        codes,
        codes == null ? null : codesFrom);
  }

  /** The SQL without its leading comment lines and blank lines. */
  private static String withoutComments(String sql) {
    return sql.replaceAll("(?m)^\\s*--.*$", "").strip();
  }

  private static String datasetText(SpecFile file, String dataset, ConfigFolder config) {
    if (file.origin() == Origin.FOLDER) {
      Path p = config.folder(ConfigKind.EXTRACTS).orElseThrow().resolve(dataset);
      try {
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
    return resource(BASE + dataset).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
  }

  private static Optional<byte[]> resource(String path) {
    try (InputStream in = ExtractCatalog.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
