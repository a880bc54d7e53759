package org.baobiao.medrec.upload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The upload layouts shipped with Baobiao ({@code medrec/upload/index.txt}), read and checked:
 * every problem of a spec — an unknown column, a bad date pattern, a repeat of an unknown part — is
 * reported with its file and line.
 */
public final class UploadLayouts {
  private static final String BASE = "/org/baobiao/medrec/upload/";
  private static final Set<String> FIELD_KEYS =
      Set.of("code", "name", "from", "format", "map", "personal");

  private final List<UploadLayout> layouts;

  private UploadLayouts(List<UploadLayout> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  /** The bundled layouts. */
  public static UploadLayouts load() {
    return load(ConfigFolder.none());
  }

  /** The bundled layout files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.LAYOUTS,
        UploadLayouts.class.getClassLoader(),
        BASE.substring(1),
        "index.txt",
        n -> n);
  }

  /**
   * The bundled layouts with the configuration folder's {@code layouts/*.yaml} laid over them: a
   * folder file replaces the bundled file of the same name, other folder files add layouts or
   * layout versions.
   *
   * @throws IllegalArgumentException naming every problem with file and line
   */
  public static UploadLayouts load(ConfigFolder config) {
    List<UploadLayout> out = new ArrayList<>();
    for (SpecFile f :
        config.overlay(ConfigKind.LAYOUTS, bundledFiles(), n -> n.endsWith(".yaml"))) {
      out.add(parse(f.origin() == Origin.BUNDLED ? f.name() : f.location(), f.text()));
    }
    return new UploadLayouts(out);
  }

  /** All layouts, in index order. */
  public List<UploadLayout> all() {
    return layouts;
  }

  /** The version of layout {@code id} in force for discharges on {@code day}. */
  public Optional<UploadLayout> inForce(String id, LocalDate day) {
    return layouts.stream().filter(l -> l.id().equals(id) && l.inForceOn(day)).findFirst();
  }

  /**
   * Reads one spec.
   *
   * @throws IllegalArgumentException naming every problem with file and line
   */
  public static UploadLayout parse(String file, String text) {
    List<String> problems = new ArrayList<>();
    YamlNode root = YamlTree.parse(text, file, problems);
    if (!(root instanceof Mapping m)) {
      throw new IllegalArgumentException("上报版式文件有误：" + file + " " + problems);
    }
    String id = text(m, "id", file, problems);
    String version = text(m, "version", file, problems);
    String title = text(m, "title", file, problems);
    LocalDate from = date(m, "effective_from", file, problems);
    LocalDate to = m.value("effective_to") == null ? null : date(m, "effective_to", file, problems);
    List<UploadLayout.Column> columns = new ArrayList<>();
    if (m.value("fields") instanceof Sequence fields) {
      for (YamlNode item : fields.items()) {
        if (!(item instanceof Mapping f)) {
          problems.add(file + ":" + item.line() + ": 每个字段应为映射");
          continue;
        }
        if (f.value("repeat") instanceof Scalar part) {
          UploadLayout.Part p =
              switch (part.text()) {
                case "diagnoses" -> UploadLayout.Part.DIAGNOSES;
                case "operations" -> UploadLayout.Part.OPERATIONS;
                default -> {
                  problems.add(
                      file
                          + ":"
                          + f.line()
                          + ": repeat 应为 diagnoses 或 operations，实为 '"
                          + part.text()
                          + "'");
                  yield null;
                }
              };
          int count = integer(f, "count", file, problems);
          if (p != null && f.value("fields") instanceof Sequence inner) {
            for (int n = 1; n <= count; n++) {
              for (YamlNode i : inner.items()) {
                column((Mapping) i, p, n, file, problems).ifPresent(columns::add);
              }
            }
          }
        } else {
          column(f, UploadLayout.Part.FRONT_PAGE, 0, file, problems).ifPresent(columns::add);
        }
      }
    } else {
      problems.add(file + ":" + m.line() + ": 缺少 fields 列表");
    }
    Set<String> codes = new java.util.HashSet<>();
    for (UploadLayout.Column c : columns) {
      if (!codes.add(c.code())) {
        problems.add(file + ": 字段代码 " + c.code() + " 重复");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("上报版式文件有误：\n  " + String.join("\n  ", problems));
    }
    return new UploadLayout(id, version, title, from, to, columns, file);
  }

  private static Optional<UploadLayout.Column> column(
      Mapping f, UploadLayout.Part part, int n, String file, List<String> problems) {
    for (String k : f.keys()) {
      if (!FIELD_KEYS.contains(k)) {
        problems.add(file + ":" + f.lineOf(k) + ": 未知的键 '" + k + "'");
      }
    }
    String code = text(f, "code", file, problems).replace("{n}", String.valueOf(n));
    String name = text(f, "name", file, problems).replace("{n}", String.valueOf(n));
    String from = text(f, "from", file, problems);
    boolean known =
        switch (part) {
          case FRONT_PAGE -> MedrecColumns.frontPage(from);
          case DIAGNOSES -> MedrecColumns.diagnosis(from);
          case OPERATIONS -> MedrecColumns.operation(from);
        };
    if (!from.isEmpty() && !known) {
      problems.add(
          file + ":" + f.lineOf("from") + ": 字段 " + code + " 的来源 '" + from + "' 不是" + part + "的列");
    }
    String format = f.value("format") instanceof Scalar s ? s.text() : null;
    if (format != null && !format.equals("0.00")) {
      try {
        DateTimeFormatter.ofPattern(format);
      } catch (IllegalArgumentException e) {
        problems.add(
            file + ":" + f.lineOf("format") + ": 日期格式 '" + format + "' 无效: " + e.getMessage());
      }
    }
    Map<String, String> map = new LinkedHashMap<>();
    if (f.value("map") instanceof Mapping mm) {
      for (YamlNode.Entry e : mm.entries().values()) {
        map.put(e.key(), e.value() instanceof Scalar s ? s.text() : "");
      }
    }
    boolean personal = f.value("personal") instanceof Scalar p && p.text().equals("true");
    if (code.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new UploadLayout.Column(code, name, part, n, from, format, map, personal));
  }

  private static String text(Mapping m, String key, String file, List<String> problems) {
    if (m.value(key) instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
      return s.text();
    }
    problems.add(file + ":" + m.line() + ": 缺少 " + key);
    return "";
  }

  private static int integer(Mapping m, String key, String file, List<String> problems) {
    try {
      return Integer.parseInt(text(m, key, file, problems));
    } catch (NumberFormatException e) {
      problems.add(file + ":" + m.lineOf(key) + ": " + key + " 应为整数");
      return 0;
    }
  }

  private static LocalDate date(Mapping m, String key, String file, List<String> problems) {
    String t = text(m, key, file, problems);
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(file + ":" + m.lineOf(key) + ": " + key + " 应为 yyyy-MM-dd，实为 '" + t + "'");
      return LocalDate.MIN;
    }
  }
}
