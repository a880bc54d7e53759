package org.baobiao.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules fail where they should: on a fixture with a wrong arrow and a package cycle. */
class ModuleRulesTest {
  private static final String ROOT = "org.baobiao.architecture.fixture";
  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
  private final ModuleRules rules = new ModuleRules(ROOT);

  @Test
  void aWarehouseClassThatKnowsAJobBreaksTheWarehouseArrow() {
    assertThatThrownBy(() -> arrow(ModuleRules.Module.WAREHOUSE).check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Store")
        .hasMessageContaining("fixture.jobs.Job");
  }

  @Test
  void aReportThatKnowsAJobBreaksTheReportsArrow() {
    assertThatThrownBy(() -> arrow(ModuleRules.Module.REPORTS).check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Report");
  }

  @Test
  void jobsMayKnowEveryModuleBelow() {
    assertThatCode(() -> arrow(ModuleRules.Module.JOBS).check(FIXTURE)).doesNotThrowAnyException();
  }

  @Test
  void theBenchmarksMayKnowTheJobs() {
    assertThatCode(() -> arrow(ModuleRules.Module.BENCH).check(FIXTURE)).doesNotThrowAnyException();
  }

  @Test
  void twoPackagesThatImportEachOtherAreACycle() {
    assertThatThrownBy(() -> rules.noPackageCycles().check(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle")
        .hasMessageContaining("etl.a")
        .hasMessageContaining("etl.b");
  }

  private com.tngtech.archunit.lang.ArchRule arrow(ModuleRules.Module m) {
    return rules.arrows().get(m.ordinal());
  }
}
