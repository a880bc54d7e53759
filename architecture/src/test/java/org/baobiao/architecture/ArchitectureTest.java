package org.baobiao.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The product's classes hold every rule of {@link ModuleRules}. */
class ArchitectureTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.baobiao");

  @TestFactory
  Stream<DynamicTest> productHoldsEveryRule() {
    return new ModuleRules("org.baobiao")
        .all().entrySet().stream()
            .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue())));
  }

  private static void check(ArchRule rule) {
    rule.check(PRODUCT);
  }
}
