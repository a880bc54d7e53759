package org.baobiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module arrows of shared/ARCHITECTURE.md as ArchUnit rules, over the packages under a root
 * ({@code org.baobiao} for the product, another root for the test of these rules).
 */
final class ModuleRules {
  /**
   * Each module's packages (relative to the root) and the modules it may depend on. A module's
   * package pattern excludes the packages of modules nested under it ({@code warehouse.spark}).
   */
  enum Module {
    WAREHOUSE("warehouse..", Set.of()),
    WAREHOUSE_SPARK("warehouse.spark..", Set.of("WAREHOUSE")),
    SPEC("spec..", Set.of()),
    ETL("etl..", Set.of("WAREHOUSE", "SPEC")),
    SLA("sla..", Set.of("WAREHOUSE", "SPEC", "ETL")),
    MEDREC("medrec..", Set.of("WAREHOUSE", "SPEC", "ETL")),
    MCH("mch..", Set.of("WAREHOUSE", "SPEC", "ETL")),
    SAMPLE("sample..", Set.of("WAREHOUSE", "SPEC", "ETL", "SLA", "MEDREC")),
    REPORTS("reports..", Set.of("WAREHOUSE", "SPEC")),
    JOBS("jobs..", Set.of("WAREHOUSE", "SPEC", "ETL", "SLA", "MEDREC", "MCH", "SAMPLE", "REPORTS")),
    /** The web console: another adapter over the application services of jobs. */
    CONSOLE(
        "console..",
        Set.of("WAREHOUSE", "SPEC", "ETL", "SLA", "MEDREC", "MCH", "SAMPLE", "REPORTS", "JOBS")),
    /** The benchmark harness: measures the product, which never knows it. */
    BENCH(
        "bench..",
        Set.of("WAREHOUSE", "SPEC", "ETL", "SLA", "MEDREC", "MCH", "SAMPLE", "REPORTS", "JOBS")),
    SPARK(
        "spark..",
        Set.of(
            "WAREHOUSE",
            "WAREHOUSE_SPARK",
            "SPEC",
            "ETL",
            "SLA",
            "MEDREC",
            "MCH",
            "SAMPLE",
            "REPORTS",
            "JOBS"));

    final String pattern;
    final Set<String> allowed;

    Module(String pattern, Set<String> allowed) {
      this.pattern = pattern;
      this.allowed = allowed;
    }
  }

  private final String root;

  ModuleRules(String root) {
    this.root = root;
  }

  private String packages(Module m) {
    return root + "." + m.pattern;
  }

  /** One rule per module: its classes depend on no module outside its arrows. */
  List<ArchRule> arrows() {
    List<ArchRule> rules = new ArrayList<>();
    for (Module m : Module.values()) {
      List<String> forbidden = new ArrayList<>();
      for (Module other : Module.values()) {
        if (other != m && !m.allowed.contains(other.name()) && !nestedIn(other, m)) {
          forbidden.add(packages(other));
        }
      }
      var that = noClasses().that().resideInAPackage(packages(m));
      for (Module inner : Module.values()) {
        if (nestedIn(inner, m)) {
          that = that.and().resideOutsideOfPackage(packages(inner));
        }
      }
      rules.add(
          that.should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden.toArray(String[]::new))
              .as("module " + m.name().toLowerCase() + " depends only on " + m.allowed));
    }
    return rules;
  }

  /** Whether {@code inner}'s packages lie inside {@code outer}'s (warehouse.spark in warehouse). */
  private static boolean nestedIn(Module inner, Module outer) {
    String o = outer.pattern.substring(0, outer.pattern.length() - 2);
    return inner != outer && inner.pattern.startsWith(o + ".");
  }

  /**
   * No cycle between any two packages. An {@code internal} package counts as part of the package
   * above it: it is that package's implementation (STYLE.md), so the two may refer to each other.
   */
  ArchRule noPackageCycles() {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (!pkg.startsWith(root + ".")) {
                  return SliceIdentifier.ignore();
                }
                int internal = (pkg + ".").indexOf(".internal.");
                return SliceIdentifier.of(internal < 0 ? pkg : pkg.substring(0, internal));
              }

              @Override
              public String getDescription() {
                return "packages under " + root + ", each internal package with its parent";
              }
            })
        .should()
        .beFreeOfCycles();
  }

  /** Spark and Delta Lake stay inside the two Spark modules. */
  ArchRule sparkOnlyInSparkModules() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(packages(Module.SPARK), packages(Module.WAREHOUSE_SPARK))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "io.delta..", "scala..")
        .as("Spark, Delta Lake and Scala only in the Spark modules");
  }

  /** picocli only in the command line. */
  ArchRule picocliOnlyInTheCommandLine() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".jobs.cli..", root + ".bench.cli..", root + ".spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .as("picocli only in the command line (jobs.cli, bench.cli, and the Spark command line)");
  }

  /** Every rule, by name. */
  Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    for (ArchRule r : arrows()) {
      rules.put(r.getDescription(), r);
    }
    rules.put("no package cycles", noPackageCycles());
    rules.put("spark only in spark modules", sparkOnlyInSparkModules());
    rules.put("picocli only in the command line", picocliOnlyInTheCommandLine());
    return rules;
  }
}
