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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.reports.catalog.internal.ReportDefinitionReader;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;

/**
 * The validated report definitions found on the classpath.
 *
 * <p>Each report lives in a folder {@code <root>/<id>/} holding {@code report.yaml}, its {@code
 * .sql} files and its layout. The ids are listed, one per line, in {@code <root>/catalog.txt}
 * (blank lines and lines starting with {@code #} are ignored): a classpath cannot be listed
 * reliably inside a jar, and an explicit index makes adding a report a reviewed one-line change.
 *
 * <p>SQL files several reports read alike live once in {@code <root>/_shared/}: a query or fragment
 * a report's folder does not hold is looked for there ({@link #resourcePath}). A configuration
 * folder's {@code reports/_shared/} replaces bundled shared files one by one (a report's folder
 * replaces the bundled one whole); a folder whose name starts with {@code _} is never a report.
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

  /** The folder of the SQL files several reports share, under the root. */
  public static final String SHARED_FOLDER = "_shared";

  /** A shared SQL fragment in a query file: {@code {{include gap_days.sql}}}. */
  private static final Pattern INCLUDE =
      Pattern.compile("\\{\\{\\s*include\\s+([A-Za-z0-9_.-]+\\.sql)\\s*}}");

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
    return load(ConfigFolder.none());
  }

  /** Loads the reports listed in {@code <root>/catalog.txt} on the given class loader. */
  public static ReportCatalog load(ClassLoader loader, String root) {
    requireNonNull(loader, "loader is null");
    requireNonNull(root, "root is null");
    List<SpecProblem> problems = new ArrayList<>();
    List<String> ids = indexIds(loader, root, problems);
    return load(loader, root, ids, problems);
  }

  /**
   * The bundled reports with the configuration folder's {@code reports/<id>/} laid over them: a
   * folder named after a bundled report replaces that report whole (its {@code report.yaml}, SQL
   * and layout), other folders holding a {@code report.yaml} add reports after the bundled ones.
   *
   * @throws SpecException naming file and field of every problem
   */
  public static ReportCatalog load(ConfigFolder config) {
    requireNonNull(config, "config is null");
    ClassLoader bundled = ReportCatalog.class.getClassLoader();
    List<SpecProblem> problems = new ArrayList<>();
    List<String> ids = indexIds(bundled, DEFAULT_ROOT, problems);
    for (String id : config.folderNames(ConfigKind.REPORTS)) {
      if (!ids.contains(id) && !id.startsWith("_")) {
        ids.add(id);
      }
    }
    return load(config.resourceLoader(ConfigKind.REPORTS, bundled), DEFAULT_ROOT, ids, problems);
  }

  /** The ids listed in {@code <root>/catalog.txt}, in order; problems are added. */
  private static List<String> indexIds(
      ClassLoader loader, String root, List<SpecProblem> problems) {
    String index = root + "/" + INDEX_FILE;
    List<String> ids = new ArrayList<>();
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
    return ids;
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
        new ReportDefinitionReader(
            folder,
            resource ->
                loader.getResource(resource) != null || sharedExists(loader, root, resource));
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
    return withFragments(spec, path, sql);
  }

  /**
   * Replaces each {@code {{include name.sql}}} of a query with that file of the report's folder, so
   * that a definition several datasets share (e.g. interface-exchange's gap days) is written once.
   * A fragment includes nothing itself.
   */
  private String withFragments(ReportSpec spec, String path, String sql) {
    Matcher include = INCLUDE.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (include.find()) {
      String fragmentPath = resourcePath(spec, include.group(1));
      String fragment = read(loader, fragmentPath);
      if (fragment == null) {
        throw new UncheckedIOException(
            new IOException("查询文件 " + path + " 引用的 SQL 片段不存在: " + fragmentPath));
      }
      if (INCLUDE.matcher(fragment).find()) {
        throw new IllegalStateException("SQL 片段 " + fragmentPath + " 不能再引用其他片段");
      }
      include.appendReplacement(out, Matcher.quoteReplacement(fragment.strip()));
    }
    include.appendTail(out);
    return out.toString();
  }

  /**
   * The names of the files of a report's folder: {@code report.yaml}, its layout, its queries and
   * the fragments they include; what a copy of the folder needs.
   */
  public List<String> files(ReportSpec spec) {
    Set<String> names = new LinkedHashSet<>();
    names.add("report.yaml");
    if (spec.layout() != null) {
      names.add(spec.layout());
    }
    for (DatasetSpec d : spec.datasets()) {
      names.add(d.query());
      String sql = read(loader, resourcePath(spec, d.query()));
      if (sql != null) {
        Matcher include = INCLUDE.matcher(sql);
        while (include.find()) {
          names.add(include.group(1));
        }
      }
    }
    return List.copyOf(names);
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

  /**
   * Classpath path of a file a report reads: in the report's folder, e.g. {@code
   * reports/ops-monthly/x.sql}, or, for an SQL file the folder does not hold, in the shared folder
   * ({@code reports/_shared/x.sql}) when it is there.
   */
  public String resourcePath(ReportSpec spec, String fileName) {
    String own = root + "/" + spec.id() + "/" + fileName;
    if (fileName.endsWith(".sql") && loader.getResource(own) == null) {
      String shared = root + "/" + SHARED_FOLDER + "/" + fileName;
      if (loader.getResource(shared) != null) {
        return shared;
      }
    }
    return own;
  }

  /** Whether {@code resource} is a report's SQL file the shared folder holds. */
  private static boolean sharedExists(ClassLoader loader, String root, String resource) {
    if (!resource.endsWith(".sql")) {
      return false;
    }
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return loader.getResource(root + "/" + SHARED_FOLDER + "/" + name) != null;
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
