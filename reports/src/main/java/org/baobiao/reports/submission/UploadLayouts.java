package org.baobiao.reports.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;
import org.baobiao.spec.personal.PersonalData;

/**
 * The upload layouts shipped with Baobiao ({@code reports/submission/index.txt}) with the user's
 * laid over them, read and checked against the records they upload and the columns they may read:
 * every problem of a spec — an unknown record or column, a bad date pattern, a repeat of an unknown
 * part — is reported with its file and line.
 */
public final class UploadLayouts {
  private static final String BASE = "/org/baobiao/reports/submission/";
  private static final String WHAT = "上报版式文件";
  private static final List<String> LAYOUT_KEYS =
      List.of(
          "id",
          "version",
          "title",
          "record",
          "extract",
          "effective_from",
          "effective_to",
          "encoding",
          "fields");
  private static final List<String> REPEAT_KEYS = List.of("repeat", "count", "fields");
  private static final List<String> FIELD_KEYS =
      List.of("code", "name", "from", "of", "format", "map", "personal");

  /** The values of a field's {@code of:}: the record the value is read from, if not its own. */
  private static final Map<String, UploadLayout.Part> OF =
      Map.of("registration", UploadLayout.Part.REGISTRATION);

  private final List<UploadLayout> layouts;

  private UploadLayouts(List<UploadLayout> layouts) {
    this.layouts = List.copyOf(layouts);
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
  public static UploadLayouts load(
      ConfigFolder config, Collection<? extends SubmissionColumns> records) {
    List<UploadLayout> out = new ArrayList<>();
    for (SpecFile f :
        config.overlay(ConfigKind.LAYOUTS, bundledFiles(), n -> n.endsWith(".yaml"))) {
      out.add(parse(f.label(), f.text(), records));
    }
    return new UploadLayouts(out);
  }

  /** All layouts, in index order. */
  public List<UploadLayout> all() {
    return layouts;
  }

  /** The layouts of records of {@code record} (a table), in index order. */
  public List<UploadLayout> of(String record) {
    return layouts.stream().filter(l -> l.record().equals(record)).toList();
  }

  /** The version of layout {@code id} in force for records dated {@code day}. */
  public Optional<UploadLayout> inForce(String id, LocalDate day) {
    return layouts.stream().filter(l -> l.id().equals(id) && l.inForceOn(day)).findFirst();
  }

  /**
   * Reads one spec.
   *
   * @param records the kinds of record a layout may upload, with the columns its fields may read
   * @throws SpecException naming every problem with file, line and field
   */
  public static UploadLayout parse(
      String file, String text, Collection<? extends SubmissionColumns> records) {
    SpecReader in = new SpecReader(file);
    Mapping m = in.root(text);
    if (m == null) {
      in.throwIfProblems(WHAT);
    }
    in.onlyKeys(m, "", LAYOUT_KEYS);
    String id = in.text(m, "", "id", true);
    String version = in.text(m, "", "version", true);
    String title = in.text(m, "", "title", true);
    String record = in.text(m, "", "record", false);
    if (record == null) {
      record = UploadLayout.FRONT_PAGES;
    }
    SubmissionColumns known = null;
    for (SubmissionColumns r : records) {
      if (r.record().equals(record)) {
        known = r;
      }
    }
    if (known == null) {
      in.problemAt(
          SpecProblem.Code.BAD_REFERENCE,
          m,
          "record",
          "record",
          "'"
              + record
              + "' 不是可上报的记录；可选: "
              + String.join(", ", records.stream().map(SubmissionColumns::record).toList()));
      in.throwIfProblems(WHAT);
    }
    String extract = in.text(m, "", "extract", false);
    LocalDate from = in.date(m, "", "effective_from", true);
    LocalDate to = in.date(m, "", "effective_to", false);
    List<UploadLayout.Column> columns = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    for (SpecReader.Item item : in.sequence(m, "", "fields", true)) {
      Mapping f = in.mapping(item.node(), item.field(), m.line());
      if (f == null) {
        continue;
      }
      if (f.value("repeat") == null) {
        column(in, f, item.field(), 0, codes, known).ifPresent(columns::add);
        continue;
      }
      in.onlyKeys(f, item.field(), REPEAT_KEYS);
      String repeat = in.code(f, item.field(), "repeat", List.of("diagnoses", "operations"), true);
      UploadLayout.Part part =
          repeat == null
              ? null
              : repeat.equals("diagnoses")
                  ? UploadLayout.Part.DIAGNOSES
                  : UploadLayout.Part.OPERATIONS;
      Integer count = in.integer(f, item.field(), "count", true, 1, 99);
      List<SpecReader.Item> inner = in.sequence(f, item.field(), "fields", true);
      if (part != null && !known.parts().contains(part)) {
        in.problemAt(
            SpecProblem.Code.BAD_REFERENCE,
            f,
            "repeat",
            SpecReader.path(item.field(), "repeat"),
            known.title() + "没有" + part.label() + "可重复上报");
        continue;
      }
      if (part == null || count == null) {
        continue;
      }
      for (int n = 1; n <= count; n++) {
        for (SpecReader.Item i : inner) {
          Mapping g = in.mapping(i.node(), i.field(), f.line());
          if (g != null) {
            column(in, g, i.field(), part, n, codes, known).ifPresent(columns::add);
          }
        }
      }
    }
    in.throwIfProblems(WHAT);
    return new UploadLayout(id, version, title, record, extract, from, to, columns, file);
  }

  /** A field of the record (or, with {@code of:}, of a record it refers to). */
  private static Optional<UploadLayout.Column> column(
      SpecReader in,
      Mapping f,
      String at,
      int n,
      Map<String, String> codes,
      SubmissionColumns columns) {
    UploadLayout.Part part = UploadLayout.Part.RECORD;
    String of = in.code(f, at, "of", OF.keySet(), false);
    if (of != null) {
      part = OF.get(of);
      if (!columns.parts().contains(part)) {
        in.problemAt(
            SpecProblem.Code.BAD_REFERENCE,
            f,
            "of",
            SpecReader.path(at, "of"),
            columns.title() + "没有对应的" + part.label() + "可读取");
        return Optional.empty();
      }
    }
    return column(in, f, at, part, n, codes, columns);
  }

  private static Optional<UploadLayout.Column> column(
      SpecReader in,
      Mapping f,
      String at,
      UploadLayout.Part part,
      int n,
      Map<String, String> codes,
      SubmissionColumns columns) {
    // A repeated part's fields are read once per repetition; report their problems only once.
    boolean report = n <= 1;
    SpecReader quiet = report ? in : new SpecReader(in.file());
    quiet.onlyKeys(f, at, FIELD_KEYS);
    String codeText = quiet.text(f, at, "code", true);
    String name = quiet.text(f, at, "name", true);
    String from = quiet.text(f, at, "from", true);
    String code = codeText == null ? null : codeText.replace("{n}", String.valueOf(n));
    if (from != null && !columns.has(part, from)) {
      quiet.problemAt(
          SpecProblem.Code.BAD_REFERENCE,
          f,
          "from",
          SpecReader.path(at, "from"),
          "字段 "
              + code
              + " 的来源 '"
              + from
              + "' 不是"
              + (part == UploadLayout.Part.RECORD ? columns.title() : part.label())
              + "的列");
    }
    String format = quiet.text(f, at, "format", false);
    if (format != null && !format.equals("0.00")) {
      try {
        DateTimeFormatter.ofPattern(format);
      } catch (IllegalArgumentException e) {
        quiet.problemAt(
            SpecProblem.Code.INVALID,
            f,
            "format",
            SpecReader.path(at, "format"),
            "日期格式 '" + format + "' 无效: " + e.getMessage());
      }
    }
    Map<String, String> map = new LinkedHashMap<>();
    Mapping mm = quiet.child(f, at, "map", false);
    if (mm != null) {
      for (YamlNode.Entry e : mm.entries().values()) {
        map.put(e.key(), e.value() instanceof Scalar s ? s.text() : "");
      }
    }
    boolean declared = quiet.bool(f, at, "personal", false);
    // The table's own classification wins; a column only the layout calls personal is masked as an
    // identifying number.
    PersonalData personal =
        from == null
            ? null
            : columns.personal(part, from).orElse(declared ? PersonalData.OTHER_ID : null);
    if (code == null || from == null) {
      return Optional.empty();
    }
    String first = codes.putIfAbsent(code, at);
    if (first != null) {
      in.problemAt(
          SpecProblem.Code.DUPLICATE,
          f,
          "code",
          SpecReader.path(at, "code"),
          "字段代码 " + code + " 重复（" + first + " 已有）");
    }
    return Optional.of(
        new UploadLayout.Column(
            code,
            name == null ? "" : name.replace("{n}", String.valueOf(n)),
            part,
            n,
            from,
            format,
            map,
            personal));
  }
}
