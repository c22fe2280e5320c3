package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchRulesTest {
  static final String REPORTS = """
      package shop;

      import java.io.IOException;
      import java.nio.file.Files;
      import java.nio.file.Path;

      public class Reports {
        private static final Path BASE = Path.of("/srv/reports");

        public byte[] read(String name) throws IOException {
          return Files.readAllBytes(BASE.resolve(name));
        }

        public String title() {
          return "Reports";
        }
      }
      """;

  /** A path traversal finding at line 11 (the read), with its source on line 10. */
  static final Finding FINDING = new Finding("java.path-injection", 22, Severity.HIGH, Confidence.HIGH, "path",
      Location.line("src/Reports.java", 11), "Files.readAllBytes(BASE.resolve(name))", null,
      List.of(new EvidenceStep(Location.line("src/Reports.java", 10), "String name", "source"),
          new EvidenceStep(Location.line("src/Reports.java", 11), "Files.readAllBytes(BASE.resolve(name))", "sink")));

  static RemediationPatch patch(String after) {
    return new RemediationPatch("java.path-injection", "test", List.of(),
        List.of(new FileEdit("src/Reports.java", REPORTS, after)));
  }

  @Test
  void aChangeInsideTheEvidenceMethodAndItsImportsKeepsEveryRule() {
    String after = REPORTS.replace("import java.nio.file.Path;\n", "import java.nio.file.Path;\nimport java.util.Objects;\n")
        .replace("    return Files.readAllBytes(BASE.resolve(name));",
            "    Path file = BASE.resolve(name).normalize();\n"
                + "    if (!file.startsWith(BASE)) throw new IllegalArgumentException(\"outside\");\n"
                + "    return Files.readAllBytes(file);");

    assertThat(PatchRules.standard().check(FINDING, patch(after))).isEmpty();
  }

  @Test
  void aChangeInAnotherMethodLeavesTheFindingsCode() {
    String after = REPORTS.replace("return \"Reports\";", "return \"All reports\";");

    assertThat(new StaysWithinEvidence().violations(FINDING, patch(after)))
        .containsExactly("it changes src/Reports.java at line 15, outside the members of the finding's evidence");
  }

  @Test
  void aChangeToAnotherFileLeavesTheFindingsCode() {
    RemediationPatch patch = new RemediationPatch("java.path-injection", "test", List.of(),
        List.of(new FileEdit("src/Other.java", "class Other {}\n", "final class Other {}\n")));

    assertThat(new StaysWithinEvidence().violations(FINDING, patch)).singleElement().asString()
        .startsWith("it changes src/Other.java, which is not in the finding's evidence");
  }

  @Test
  void aPatchThatOpensFilePermissionsOrMakesAMemberPublicWidensPermissions() {
    String after = REPORTS.replace("    return Files.readAllBytes(BASE.resolve(name));",
        "    BASE.toFile().setReadable(true, false);\n    return Files.readAllBytes(BASE.resolve(name));")
        .replace("private static final Path BASE", "public static final Path BASE");

    assertThat(new WidensNoPermission().violations(FINDING, patch(after))).containsExactly(
        "it adds 'BASE.toFile().setReadable(true, false);' to src/Reports.java, which widens a permission",
        "it makes field BASE in src/Reports.java more visible");
  }

  @Test
  void aCatchThatDoesNotRethrowSwallowsTheError() {
    String after = REPORTS.replace("    return Files.readAllBytes(BASE.resolve(name));",
        "    try {\n      return Files.readAllBytes(BASE.resolve(name));\n    } catch (IOException e) {\n"
            + "      return new byte[0];\n    }");

    assertThat(new SwallowsNoException().violations(FINDING, patch(after))).containsExactly(
        "it adds a catch of IOException to src/Reports.java that does not rethrow, which swallows the error");
  }

  @Test
  void aCatchThatRethrowsSwallowsNothing() {
    String after = REPORTS.replace("    return Files.readAllBytes(BASE.resolve(name));",
        "    try {\n      return Files.readAllBytes(BASE.resolve(name));\n    } catch (IOException e) {\n"
            + "      throw new IOException(\"cannot read \" + name, e);\n    }");

    assertThat(new SwallowsNoException().violations(FINDING, patch(after))).isEmpty();
  }

  @Test
  void aNewParameterOrCheckedExceptionMovesTheRiskToCallers() {
    String after = REPORTS.replace("public byte[] read(String name) throws IOException {",
        "public byte[] read(String name, Path base) throws IOException, SecurityException {");

    assertThat(new KeepsCallerContract().violations(FINDING, patch(after))).containsExactly(
        "it changes byte[] read(String) throws IOException to byte[] read(String, Path) throws IOException, "
            + "SecurityException in src/Reports.java, which moves work or risk to its callers");
  }

  @Test
  void aWorkflowStepThatIgnoresFailuresSwallowsTheError() {
    String before = "jobs:\n  build:\n    steps:\n      - run: make\n";
    RemediationPatch patch = new RemediationPatch("ci.script-injection", "test", List.of(),
        List.of(new FileEdit(".github/workflows/ci.yml", before,
            before.replace("      - run: make\n", "      - run: make\n        continue-on-error: true\n"))));

    assertThat(new SwallowsNoException().violations(FINDING, patch)).containsExactly(
        "it adds 'continue-on-error: true' to .github/workflows/ci.yml, which ignores a failure");
  }

  @Test
  void remediationRefusesAGeneratedPatchThatBreaksARule() {
    FixGenerator careless = new FixGenerator() {
      @Override
      public boolean handles(Finding finding) {
        return true;
      }

      @Override
      public Proposal propose(Finding finding, SourceFiles files) {
        return new Proposal.Fixed(patch(REPORTS.replace("return \"Reports\";", "return \"All reports\";")));
      }
    };

    Proposal proposal = new Remediation(List.of(careless), PatchRules.standard())
        .propose(FINDING, SourceFiles.of(java.util.Map.of()));

    assertThat(proposal).isEqualTo(new Proposal.Refused("the generated patch breaks the patch rules: it changes "
        + "src/Reports.java at line 15, outside the members of the finding's evidence"));
  }
}
