package org.baobiao.jobs.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.SourceDefinitionException;
import org.baobiao.etl.extract.SourceDefinitionReader;
import org.baobiao.jobs.acceptance.AcceptanceSpec;
import org.baobiao.jobs.acceptance.AcceptanceSpecs;
import org.baobiao.jobs.request.catalog.CodeList;
import org.baobiao.jobs.request.catalog.CodeLists;
import org.baobiao.jobs.request.catalog.ExtractCatalog;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.service.UploadRecords;
import org.baobiao.mch.qc.MchRuleBook;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.spec.DidYouMean;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.Origin;
import org.baobiao.spec.config.SpecFile;
import org.baobiao.spec.config.SpecFileException;

/**
 * The configuration a user owns: checking a folder, listing what is in force and where it comes
 * from, and copying the bundled files out for editing. The command line and the console call it.
 */
public final class ConfigService {
  private final ConfigFolder config;

  public ConfigService(ConfigFolder config) {
    this.config = requireNonNull(config, "config is null");
  }

  /** The folder this service works on. */
  public ConfigFolder folder() {
    return config;
  }

  /** Loads every kind through the folder and collects every problem; never throws for bad files. */
  public ConfigCheck check() {
    List<ConfigCheck.KindCheck> kinds = new ArrayList<>();
    kinds.add(
        kind(
            ConfigKind.CONTRACTS,
            ContractLoader::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<合同编号>.yaml",
            () -> ContractLoader.load(config)));
    kinds.add(
        kind(
            ConfigKind.CALENDARS,
            StatutoryCalendar::bundledFiles,
            StatutoryCalendar::isYearFile,
            "cn-statutory-<年份>.csv",
            () -> StatutoryCalendar.load(config)));
    kinds.add(
        kind(
            ConfigKind.QC_RULES,
            RuleBook::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<规则集>.yaml",
            () -> RuleBook.load(config)));
    kinds.add(
        kind(
            ConfigKind.MCH_QC_RULES,
            MchRuleBook::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<规则集>.yaml",
            () -> MchRuleBook.load(config)));
    kinds.add(
        kind(
            ConfigKind.LAYOUTS,
            UploadLayouts::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<版式>.yaml",
            () -> UploadLayouts.load(config, UploadRecords.all())));
    kinds.add(
        kind(
            ConfigKind.ACCEPTANCE,
            AcceptanceSpecs::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<合同编号>.yaml",
            () -> AcceptanceSpecs.loadAll(config, ContractLoader.loadEach(config).contracts())));
    kinds.add(extractsCheck());
    kinds.add(
        kind(
            ConfigKind.CODE_LISTS,
            CodeLists::bundledFiles,
            n -> n.endsWith(".yaml"),
            "<清单编号>.yaml",
            () -> CodeLists.load(config)));
    kinds.add(reportsCheck());
    kinds.add(sourcesCheck());
    return new ConfigCheck(config.dir().orElse(null), kinds, strays());
  }

  /**
   * One kind's check: its loader's problems, and every folder file its loader would pass over
   * because of its name (a contract saved as {@code .yml}, a calendar not named by its year).
   *
   * @param accepts the names the kind's loader reads
   * @param expected how those names look, for the message
   */
  private ConfigCheck.KindCheck kind(
      ConfigKind kind,
      Supplier<List<SpecFile>> bundled,
      Predicate<String> accepts,
      String expected,
      Runnable load) {
    List<SpecFile> files = config.overlay(kind, bundled.get(), accepts);
    int fromFolder = (int) files.stream().filter(f -> f.origin() == Origin.FOLDER).count();
    List<String> problems = new ArrayList<>();
    for (SpecFile ignored : config.folderFiles(kind, accepts.negate())) {
      problems.add(ignored.location() + ": 文件名应为 " + expected + "，此文件不会被读取");
    }
    try {
      load.run();
    } catch (SpecException e) {
      e.problems().stream().map(SpecProblem::toString).forEach(problems::add);
    } catch (SpecFileException e) {
      problems.add(e.getMessage());
    }
    return new ConfigCheck.KindCheck(kind, files.size() - fromFolder, fromFolder, problems);
  }

  /** Extract files and the datasets ({@code .sql}) they name, which are not items of their own. */
  private ConfigCheck.KindCheck extractsCheck() {
    Predicate<String> yaml = n -> n.endsWith(".yaml");
    List<SpecFile> files = config.overlay(ConfigKind.EXTRACTS, ExtractCatalog.bundledFiles(), yaml);
    int fromFolder = (int) files.stream().filter(f -> f.origin() == Origin.FOLDER).count();
    List<String> problems = new ArrayList<>();
    for (SpecFile ignored :
        config.folderFiles(ConfigKind.EXTRACTS, n -> !n.endsWith(".yaml") && !n.endsWith(".sql"))) {
      problems.add(ignored.location() + ": 文件名应为 <提取编号>.yaml 或其数据集 .sql，此文件不会被读取");
    }
    try {
      CodeLists.load(config);
    } catch (SpecException | SpecFileException e) {
      // The lists' own check reports their problems; here only that the extracts were not read.
      problems.add("敏感编码清单有错误（见 code-lists/ 一项），提取目录未能检查");
      return new ConfigCheck.KindCheck(
          ConfigKind.EXTRACTS, files.size() - fromFolder, fromFolder, problems);
    }
    try {
      ExtractCatalog.load(config);
    } catch (SpecException e) {
      e.problems().stream().map(SpecProblem::toString).forEach(problems::add);
    } catch (SpecFileException e) {
      problems.add(e.getMessage());
    }
    return new ConfigCheck.KindCheck(
        ConfigKind.EXTRACTS, files.size() - fromFolder, fromFolder, problems);
  }

  private ConfigCheck.KindCheck reportsCheck() {
    List<String> problems = new ArrayList<>();
    int total = 0;
    try {
      total = ReportCatalog.load(config).all().size();
    } catch (SpecException e) {
      e.problems().stream().map(SpecProblem::toString).forEach(problems::add);
    }
    int fromFolder = config.folderNames(ConfigKind.REPORTS).size();
    return new ConfigCheck.KindCheck(
        ConfigKind.REPORTS, Math.max(0, total - fromFolder), fromFolder, problems);
  }

  private ConfigCheck.KindCheck sourcesCheck() {
    List<String> problems = new ArrayList<>();
    List<Path> files = sourceFiles();
    for (Path file : files) {
      try {
        SourceDefinitionReader.read(file);
      } catch (SpecException e) {
        e.problems().stream().map(SpecProblem::toString).forEach(problems::add);
      }
    }
    return new ConfigCheck.KindCheck(ConfigKind.SOURCES, 0, files.size(), problems);
  }

  /** The folder's entries that are not a kind's subfolder, each with what it might have meant. */
  private List<String> strays() {
    if (config.dir().isEmpty() || !Files.isDirectory(config.dir().get())) {
      return List.of();
    }
    Set<String> known =
        Set.copyOf(Arrays.stream(ConfigKind.values()).map(ConfigKind::folder).toList());
    List<String> strays = new ArrayList<>();
    try (Stream<Path> entries = Files.list(config.dir().get())) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (known.contains(name) || name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
          continue;
        }
        strays.add(
            p
                + ": 不是已知的配置子目录（应为 "
                + String.join("、", known.stream().sorted().toList())
                + " 之一"
                + DidYouMean.closest(name, known).map(k -> "；是否应为 " + k + "？").orElse("")
                + "），其中的文件不会被读取");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return strays;
  }

  /** Every item in force, kind by kind, with its origin and version. */
  public List<ConfigItem> list() {
    List<ConfigItem> items = new ArrayList<>();
    List<SpecFile> contractFiles =
        config.overlay(
            ConfigKind.CONTRACTS, ContractLoader.bundledFiles(), n -> n.endsWith(".yaml"));
    for (Contract c : ContractLoader.load(config)) {
      SpecFile f = fileOf(contractFiles, c.id() + ".yaml");
      items.add(
          new ConfigItem(
              ConfigKind.CONTRACTS,
              c.id(),
              "第 " + c.version() + " 版",
              c.title() + "（" + c.orgCode() + "）",
              f.origin(),
              f.location()));
    }
    StatutoryCalendar calendar = StatutoryCalendar.load(config);
    List<SpecFile> calendarFiles =
        config.overlay(
            ConfigKind.CALENDARS, StatutoryCalendar.bundledFiles(), StatutoryCalendar::isYearFile);
    for (int year : calendar.availableYears()) {
      SpecFile f = fileOf(calendarFiles, StatutoryCalendar.fileName(year));
      items.add(
          new ConfigItem(
              ConfigKind.CALENDARS,
              String.valueOf(year),
              calendar.year(year).notice(),
              year + " 年法定节假日与调休",
              f.origin(),
              f.location()));
    }
    RuleBook book = RuleBook.load(config);
    List<SpecFile> ruleFiles =
        config.overlay(ConfigKind.QC_RULES, RuleBook.bundledFiles(), n -> n.endsWith(".yaml"));
    for (int i = 0; i < ruleFiles.size(); i++) {
      SpecFile f = ruleFiles.get(i);
      RuleBook.RuleSet set = book.sets().get(i);
      String key = f.label() + ":";
      long rules = book.rules().stream().filter(r -> r.source().startsWith(key)).count();
      items.add(
          new ConfigItem(
              ConfigKind.QC_RULES,
              f.name(),
              set.version(),
              i == 0 ? "代码表" : rules + " 条规则" + (set.title() == null ? "" : "：" + set.title()),
              f.origin(),
              f.location()));
    }
    MchRuleBook mch = MchRuleBook.load(config);
    List<SpecFile> mchFiles =
        config.overlay(
            ConfigKind.MCH_QC_RULES, MchRuleBook.bundledFiles(), n -> n.endsWith(".yaml"));
    for (int i = 0; i < mchFiles.size(); i++) {
      SpecFile f = mchFiles.get(i);
      MchRuleBook.RuleSet set = mch.sets().get(i);
      String key = f.label() + ":";
      long rules = mch.rules().stream().filter(r -> r.source().startsWith(key)).count();
      items.add(
          new ConfigItem(
              ConfigKind.MCH_QC_RULES,
              f.name(),
              set.version(),
              rules + " 条规则" + (set.title() == null ? "" : "：" + set.title()),
              f.origin(),
              f.location()));
    }
    for (SpecFile f :
        config.overlay(
            ConfigKind.LAYOUTS, UploadLayouts.bundledFiles(), n -> n.endsWith(".yaml"))) {
      UploadLayout layout = UploadLayouts.parse(f.location(), f.text(), UploadRecords.all());
      items.add(
          new ConfigItem(
              ConfigKind.LAYOUTS,
              layout.id(),
              layout.version(),
              layout.title(),
              f.origin(),
              f.location()));
    }
    Set<String> folderReports = Set.copyOf(config.folderNames(ConfigKind.REPORTS));
    for (ReportSpec r : ReportCatalog.load(config).all()) {
      boolean mine = folderReports.contains(r.id());
      items.add(
          new ConfigItem(
              ConfigKind.REPORTS,
              r.id(),
              "第 " + r.version() + " 版",
              r.title(),
              mine ? Origin.FOLDER : Origin.BUNDLED,
              mine
                  ? config.folder(ConfigKind.REPORTS).orElseThrow().resolve(r.id()) + "/"
                  : "内置 reports/" + r.id() + "/"));
    }
    List<SpecFile> acceptanceFiles =
        config.overlay(
            ConfigKind.ACCEPTANCE, AcceptanceSpecs.bundledFiles(), n -> n.endsWith(".yaml"));
    for (AcceptanceSpec a : AcceptanceSpecs.loadAll(config, ContractLoader.load(config))) {
      SpecFile f = fileOf(acceptanceFiles, a.contractId() + ".yaml");
      int conditions = a.milestones().stream().mapToInt(m -> m.conditions().size()).sum();
      items.add(
          new ConfigItem(
              ConfigKind.ACCEPTANCE,
              a.contractId(),
              "第 " + a.version() + " 版",
              "付款节点 " + a.milestones().size() + " 个，验收条件 " + conditions + " 项",
              f.origin(),
              f.location()));
    }
    List<SpecFile> extractFiles =
        config.overlay(
            ConfigKind.EXTRACTS, ExtractCatalog.bundledFiles(), n -> n.endsWith(".yaml"));
    for (ExtractSpec e : ExtractCatalog.load(config).all()) {
      SpecFile f = fileOf(extractFiles, e.id() + ".yaml");
      items.add(
          new ConfigItem(
              ConfigKind.EXTRACTS,
              e.id(),
              "第 " + e.version() + " 版",
              e.title() + "（" + e.fields().size() + " 个字段）",
              f.origin(),
              f.location()));
    }
    List<SpecFile> listFiles =
        config.overlay(ConfigKind.CODE_LISTS, CodeLists.bundledFiles(), n -> n.endsWith(".yaml"));
    for (CodeList l : CodeLists.load(config).all()) {
      SpecFile f = fileOf(listFiles, l.id() + ".yaml");
      items.add(
          new ConfigItem(
              ConfigKind.CODE_LISTS,
              l.id(),
              "第 " + l.version() + " 版",
              l.title() + "（" + l.ranges().size() + " 项）",
              f.origin(),
              f.location()));
    }
    for (Path file : sourceFiles()) {
      try {
        SourceDefinition d = SourceDefinitionReader.read(file);
        items.add(
            new ConfigItem(
                ConfigKind.SOURCES, d.id(), "", d.name(), Origin.FOLDER, file.toString()));
      } catch (SourceDefinitionException e) {
        items.add(
            new ConfigItem(
                ConfigKind.SOURCES,
                file.getFileName().toString(),
                "",
                "（有问题，见 config check）",
                Origin.FOLDER,
                file.toString()));
      }
    }
    return items;
  }

  /** What {@link #init} did: files written, and files left alone because they exist. */
  public record InitResult(Path folder, List<Path> written, List<Path> kept) {}

  /**
   * Copies the bundled files of the given kinds (all when empty) into the folder for editing; a
   * file that exists is never overwritten.
   *
   * @throws IllegalStateException when there is no folder
   */
  public InitResult init(Set<ConfigKind> kinds) {
    Path dir = config.dir().orElseThrow(() -> new IllegalStateException("没有配置目录"));
    List<Path> written = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    for (ConfigKind kind : ConfigKind.values()) {
      if (!kinds.isEmpty() && !kinds.contains(kind)) {
        continue;
      }
      Path sub = dir.resolve(kind.folder());
      for (SpecFile f : bundledOf(kind)) {
        Path target = sub.resolve(f.name());
        write(target, f.content(), written, kept);
      }
      if (kind == ConfigKind.REPORTS) {
        copyReports(sub, written, kept);
      }
      if (kind == ConfigKind.SOURCES) {
        createDirectories(sub);
      }
    }
    return new InitResult(dir, written, kept);
  }

  private static List<SpecFile> bundledOf(ConfigKind kind) {
    return switch (kind) {
      case CONTRACTS -> ContractLoader.bundledFiles();
      case CALENDARS -> StatutoryCalendar.bundledFiles();
      case QC_RULES -> RuleBook.bundledFiles();
      case MCH_QC_RULES -> MchRuleBook.bundledFiles();
      case LAYOUTS -> UploadLayouts.bundledFiles();
      case EXTRACTS -> {
        List<SpecFile> files = new ArrayList<>(ExtractCatalog.bundledFiles());
        files.addAll(ExtractCatalog.bundledDatasets());
        yield files;
      }
      case ACCEPTANCE -> AcceptanceSpecs.bundledFiles();
      case CODE_LISTS -> CodeLists.bundledFiles();
      case REPORTS, SOURCES -> List.of();
    };
  }

  /**
   * Each bundled report's folder: its definition, layout, queries and their fragments, and the
   * shared folder's SQL files they read.
   */
  private static void copyReports(Path sub, List<Path> written, List<Path> kept) {
    ReportCatalog catalog = ReportCatalog.loadDefault();
    ClassLoader loader = ReportCatalog.class.getClassLoader();
    Set<String> copied = new HashSet<>();
    for (ReportSpec r : catalog.all()) {
      for (String name : catalog.files(r)) {
        String resource = catalog.resourcePath(r, name);
        if (!copied.add(resource)) {
          continue;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("内置报表文件缺失: " + resource);
          }
          // A file of the shared folder goes to the folder's _shared/ once, not into each report.
          Path folder =
              resource.startsWith(
                      ReportCatalog.DEFAULT_ROOT + "/" + ReportCatalog.SHARED_FOLDER + "/")
                  ? sub.resolve(ReportCatalog.SHARED_FOLDER)
                  : sub.resolve(r.id());
          write(folder.resolve(name), in.readAllBytes(), written, kept);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static void write(Path target, byte[] content, List<Path> written, List<Path> kept) {
    if (Files.exists(target)) {
      kept.add(target);
      return;
    }
    createDirectories(target.getParent());
    try {
      Files.write(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("无法写入 " + target, e);
    }
    written.add(target);
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("无法创建目录 " + dir, e);
    }
  }

  private List<Path> sourceFiles() {
    return config
        .folderFiles(ConfigKind.SOURCES, n -> n.endsWith(".yaml") || n.endsWith(".yml"))
        .stream()
        .map(f -> Path.of(f.location()))
        .toList();
  }

  private static SpecFile fileOf(List<SpecFile> files, String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
