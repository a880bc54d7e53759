package org.baobiao.jobs.request.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;

/**
 * The sensitive code lists: those bundled with Baobiao ({@code
 * org/baobiao/jobs/request/code-lists/index.txt}) with the configuration folder's {@code
 * code-lists/<id>.yaml} laid over them (a file of the same name replaces the bundled list whole).
 * Every problem of every file is reported with file, line and field.
 */
public final class CodeLists {
  /** What the files are called in messages. */
  public static final String WHAT = "敏感编码清单文件";

  private static final String BASE = "org/baobiao/jobs/request/code-lists/";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
  private static final Pattern ENTRY =
      Pattern.compile(
          "([A-Z][0-9]{2}(?:\\.[0-9A-Z]{1,4})?)(?:\\s*[-–]\\s*([A-Z][0-9]{2}(?:\\.[0-9A-Z]{1,4})?))?");
  private static final List<String> KEYS =
      List.of("id", "version", "title", "masked_as", "basis", "codes");
  private static final List<String> ENTRY_KEYS = List.of("codes", "title", "basis");

  private final List<CodeList> lists;

  private CodeLists(List<CodeList> lists) {
    this.lists = List.copyOf(lists);
  }

  /** The bundled list files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.CODE_LISTS, CodeLists.class.getClassLoader(), BASE, "index.txt", n -> n);
  }

  /**
   * The bundled lists with the folder's laid over them.
   *
   * @throws SpecException naming every problem of every file
   */
  public static CodeLists load(ConfigFolder config) {
    List<CodeList> out = new ArrayList<>();
    List<SpecProblem> problems = new ArrayList<>();
    for (SpecFile f :
        config.overlay(ConfigKind.CODE_LISTS, bundledFiles(), n -> n.endsWith(".yaml"))) {
      SpecReader in = new SpecReader(f.location());
      CodeList list = read(in, f);
      problems.addAll(in.problems());
      if (list != null && in.isEmpty()) {
        out.add(list);
      }
    }
    if (!problems.isEmpty()) {
      throw new SpecException(WHAT, problems);
    }
    return new CodeLists(out);
  }

  /** Every list, bundled ones first. */
  public List<CodeList> all() {
    return lists;
  }

  /** The list of that id. */
  public Optional<CodeList> get(String id) {
    return lists.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Parses one list file; null (with problems recorded) when it is unusable. */
  static CodeList read(SpecReader in, SpecFile file) {
    Mapping root = in.root(file.text());
    if (root == null) {
      return null;
    }
    in.onlyKeys(root, "", KEYS);
    String id = in.text(root, "", "id", true);
    String stem = file.name().replaceFirst("\\.yaml$", "");
    if (id != null && !ID.matcher(id).matches()) {
      in.problem(Code.INVALID, root.value("id"), "id", "编号应为小写字母、数字和连字符，如 sensitive-diagnoses");
    } else if (id != null && !id.equals(stem)) {
      in.problem(Code.INVALID, root.value("id"), "id", "编号应与文件名一致（" + stem + "）");
    }
    Integer version = in.integer(root, "", "version", true, 1, 9999);
    String title = in.text(root, "", "title", true);
    String maskedAs = in.text(root, "", "masked_as", true);
    in.text(root, "", "basis", false);
    List<CodeList.Range> ranges = new ArrayList<>();
    in.identifiedSequence(
        root,
        "",
        "codes",
        "codes",
        true,
        "编码",
        (m, at) -> {
          in.onlyKeys(m, at, ENTRY_KEYS);
          String text = in.text(m, at, "codes", true);
          String entryTitle = in.text(m, at, "title", true);
          in.text(m, at, "basis", false);
          if (text == null || entryTitle == null) {
            return null;
          }
          CodeList.Range r = range(text, entryTitle);
          if (r == null) {
            in.problem(
                Code.INVALID,
                m.value("codes"),
                SpecReader.path(at, "codes"),
                "应为 ICD-10 类目或编码，或同样长度的两者之间的范围，如 B20-B24、Z21、O98.7（起点不大于终点）");
          } else {
            ranges.add(r);
          }
          return r;
        });
    if (id == null || version == null || title == null || maskedAs == null || ranges.isEmpty()) {
      return null;
    }
    return new CodeList(id, version, title, maskedAs, ranges, file.location());
  }

  /** An entry as written ({@code B20-B24}, {@code Z21}, {@code O98.7}); null when malformed. */
  static CodeList.Range range(String text, String title) {
    Matcher m = ENTRY.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    String from = CodeList.normalise(m.group(1));
    String to = m.group(2) == null ? from : CodeList.normalise(m.group(2));
    if (from.length() != to.length() || from.compareTo(to) > 0) {
      return null;
    }
    return new CodeList.Range(text.strip(), from, to, title);
  }
}
