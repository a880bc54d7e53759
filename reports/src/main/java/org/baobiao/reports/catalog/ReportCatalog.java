package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.reports.catalog.internal.ReportDefinitionReader;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;

/**
 * The validated report definitions found on the classpath.
 *
 * <p>Each report lives in a folder {@code <root>/<id>/} holding {@code report.yaml}, its {@code
 * .sql} files and its layout. The ids are listed, one per line, in {@code <root>/catalog.txt}
 * (blank lines and lines starting with {@code #} are ignored): a classpath cannot be listed
 * reliably inside a jar, and an explicit index makes adding a report a reviewed one-line change.
 *
 * <p>Loading validates every listed report and fails with a {@link SpecException} naming file and
 * field of every problem. Column widths default to {@code max(8, 2 × label length)}, scales to 0.
 */
public final class ReportCatalog {
  /** Classpath folder of the bundled reports. */
  public static final String DEFAULT_ROOT = "reports";

  /** Name of the index file inside the root folder. */
  public static final String INDEX_FILE = "catalog.txt";

  /** What the files are called in the heading of a {@link SpecException}'s message. */
  private static final String WHAT = "报表定义";

  private final ClassLoader loader;
  private final String root;
  private final Map<String, ReportSpec> specs;

  private ReportCatalog(ClassLoader loader, String root, Map<String, ReportSpec> specs) {
    this.loader = loader;
    this.root = root;
    this.specs = Collections.unmodifiableMap(specs);
  }

  /** Loads the reports bundled with this module ({@code reports/catalog.txt}). */
  public static ReportCatalog loadDefault() {
    return load(ReportCatalog.class.getClassLoader(), DEFAULT_ROOT);
  }

  /** Loads the reports listed in {@code <root>/catalog.txt} on the given class loader. */
  public static ReportCatalog load(ClassLoader loader, String root) {
    requireNonNull(loader, "loader is null");
    requireNonNull(root, "root is null");
    String index = root + "/" + INDEX_FILE;
    List<String> ids = new ArrayList<>();
    List<SpecProblem> problems = new ArrayList<>();
    String text = read(loader, index);
    if (text == null) {
      problems.add(new SpecProblem(Code.FILE_MISSING, index, 0, "", "索引文件不存在"));
      throw new SpecException(WHAT, problems);
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String id = lines[i].strip();
      if (id.isEmpty() || id.startsWith("#")) {
        continue;
      }
      if (ids.contains(id)) {
        problems.add(new SpecProblem(Code.DUPLICATE, index, i + 1, "", "报表 '" + id + "' 重复列出"));
      } else {
        ids.add(id);
      }
    }
    return load(loader, root, ids, problems);
  }

  /** Loads the named reports from {@code <root>/<id>/report.yaml}, without an index file. */
  public static ReportCatalog load(ClassLoader loader, String root, List<String> ids) {
    requireNonNull(loader, "loader is null");
    requireNonNull(root, "root is null");
    return load(loader, root, ids, new ArrayList<>());
  }

  private static ReportCatalog load(
      ClassLoader loader, String root, List<String> ids, List<SpecProblem> problems) {
    Map<String, ReportSpec> specs = new LinkedHashMap<>();
    for (String id : ids) {
      readSpec(loader, root, id, problems).ifPresent(spec -> specs.put(id, spec));
    }
    if (!problems.isEmpty()) {
      throw new SpecException(WHAT, problems);
    }
    return new ReportCatalog(loader, root, specs);
  }

  private static Optional<ReportSpec> readSpec(
      ClassLoader loader, String root, String id, List<SpecProblem> problems) {
    String folder = root + "/" + id;
    String file = folder + "/report.yaml";
    String text = read(loader, file);
    if (text == null) {
      problems.add(
          new SpecProblem(Code.FILE_MISSING, file, 0, "", "文件不存在（" + INDEX_FILE + " 列出了该报表）"));
      return Optional.empty();
    }
    ReportDefinitionReader reader =
        new ReportDefinitionReader(folder, resource -> loader.getResource(resource) != null);
    Optional<ReportSpec> spec = reader.read(text, id);
    problems.addAll(reader.problems());
    return spec;
  }

  /** Every report, in index order. */
  public List<ReportSpec> all() {
    return List.copyOf(specs.values());
  }

  /** The report with the given id. */
  public Optional<ReportSpec> find(String id) {
    return Optional.ofNullable(specs.get(id));
  }

  /** The report with the given id; fails with the list of known ids when there is none. */
  public ReportSpec get(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("未知的报表: '" + id + "'，可选: " + specs.keySet()));
  }

  /** The SQL text of a dataset's query file. */
  public String readQuery(ReportSpec spec, DatasetSpec dataset) {
    requireNonNull(dataset, "dataset is null");
    if (spec.dataset(dataset.name()).isEmpty()) {
      throw new IllegalArgumentException("报表 " + spec.id() + " 没有数据集 '" + dataset.name() + "'");
    }
    String path = resourcePath(spec, dataset.query());
    String sql = read(loader, path);
    if (sql == null) {
      throw new UncheckedIOException(new IOException("查询文件不存在: " + path));
    }
    return sql;
  }

  /** The layout file of a report (JasperReports {@code .jrxml}), for the PDF renderer. */
  public URL layout(ReportSpec spec) {
    if (spec.layout() == null) {
      throw new IllegalArgumentException("报表 " + spec.id() + " 没有版式文件（report.yaml 的 layout）");
    }
    String path = resourcePath(spec, spec.layout());
    URL url = loader.getResource(path);
    if (url == null) {
      throw new UncheckedIOException(new IOException("版式文件不存在: " + path));
    }
    return url;
  }

  /** Classpath path of a file in the report's folder, e.g. {@code reports/ops-monthly/x.sql}. */
  public String resourcePath(ReportSpec spec, String fileName) {
    return root + "/" + spec.id() + "/" + fileName;
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Editors on Windows may save UTF-8 with a byte-order mark; YAML and SQL do not want it.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 " + resource, e);
    }
  }
}
