package dev.vigil.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the house's rules: data flows git -> analysis -> report, and the engine stays a library. */
class ArchitectureTest {
  static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.vigil.engine");
  }

  @Test
  void engineNeverCallsTheServerOrTheCommandLine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vigil.server..", "dev.vigil.cli..")
        .check(engine);
  }

  @Test
  void analyzersKnowNothingOfHistoryOrReports() {
    noClasses().that().resideInAPackage("dev.vigil.engine.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.engine.git..", "dev.vigil.engine.report..")
        .check(engine);
  }

  @Test
  void historyPassDoesNotWriteReports() {
    noClasses().that().resideInAPackage("dev.vigil.engine.git..")
        .should().dependOnClassesThat().resideInAPackage("dev.vigil.engine.report..")
        .check(engine);
  }
}
