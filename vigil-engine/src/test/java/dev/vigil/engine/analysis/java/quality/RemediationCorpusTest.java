package dev.vigil.engine.analysis.java.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.quality.CorpusCase.CaseFile;
import dev.vigil.engine.analysis.java.taint.JavaProject;
import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.Proposal;
import dev.vigil.engine.fix.Reanalysis;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.fix.Remediation;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.SyntaxCheck;
import dev.vigil.engine.fix.UnifiedDiff;
import dev.vigil.engine.validation.ValidationStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures remediation over the labelled vulnerable cases of the Java corpus: for the first finding
 * of each flagged case, whether a patch is proposed, and whether it validates (the diff applies, the
 * finding is gone on re-analysis, no rule finds more in the patched files, the files parse, and the
 * JDK's compiler reports no error the original did not have). Prints the figures per category and
 * the reasons of the refusals; holds the patches to their rules and to the recorded floor.
 */
class RemediationCorpusTest {
  /** The validated patches measured when this test was written (see docs/quality.md, "Remediation"). */
  private static final int VALIDATED_FLOOR = 167;

  /** The build file each case is measured with: a Maven module with the servlet API, as most cases are. */
  private static final String BUILD_FILE = """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <groupId>corpus</groupId>
        <artifactId>corpus</artifactId>
        <version>1</version>
        <dependencies>
          <dependency>
            <groupId>javax.servlet</groupId>
            <artifactId>javax.servlet-api</artifactId>
            <version>4.0.1</version>
            <scope>provided</scope>
          </dependency>
        </dependencies>
      </project>
      """;

  @Test
  void patchesOfTheVulnerableCasesValidate() {
    Corpus corpus = Corpus.load();
    QualityFloors floors = QualityFloors.load();
    Set<Integer> allCwes = new HashSet<>();
    floors.categories().values().forEach(c -> allCwes.addAll(c.cwes()));
    List<Analyzer> analyzers = AnalyzerRegistry.builtIn().all().stream()
        .filter(a -> a.id().startsWith("java-")).toList();
    CorpusScanner scanner = new CorpusScanner(analyzers, List.of(new ProjectAnalysis("java-taint", sources -> {
      JavaProject project = JavaProject.of(sources);
      return new ProjectAnalysis.Outcome(project.findings(), project.problems());
    })), Duration.ofSeconds(30));
    Remediation remediation = Remediation.standard();
    CompileComparison compiler = new CompileComparison();

    Map<String, int[]> table = new TreeMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> brokenRules = new ArrayList<>();
    int validated = 0;
    for (CorpusCase c : corpus.cases()) {
      if (!c.vulnerable()) continue;
      int[] row = table.computeIfAbsent(c.category(), k -> new int[4]);
      row[0]++;
      CaseResult before = scanner.scan(c, allCwes);
      Set<Integer> categoryCwes = floors.category(c.category()).cwes();
      Finding finding = before.matching().stream().filter(f -> categoryCwes.contains(f.cwe()))
          .min(Comparator.comparing((Finding f) -> f.location().path()).thenComparingInt(f -> f.location().line()))
          .orElse(null);
      if (finding == null) continue;
      row[1]++;
      Map<String, String> files = new LinkedHashMap<>();
      c.files().forEach(f -> files.put(f.path(), f.text()));
      files.putIfAbsent("pom.xml", BUILD_FILE);
      Proposal proposal = remediation.propose(finding, SourceFiles.of(files));
      if (proposal instanceof Proposal.Refused refused) {
        reasons.merge(finding.ruleId() + ": " + refused.reason().replaceAll("\\b(the value|the SQL text|the Statement|the SQL sink) \\S+", "$1 X"), 1, Integer::sum);
        continue;
      }
      row[2]++;
      RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
      List<String> rules = remediation.check(finding, patch);
      if (!rules.isEmpty()) brokenRules.add(c.name() + ": " + rules);
      PatchValidation validation = validate(c, finding, patch, before, scanner, allCwes, compiler, files);
      if (validation.verdict() == dev.vigil.engine.fix.PatchVerdict.VALIDATED) {
        if (Boolean.getBoolean("vigil.printPatches")) System.out.println("validated: " + c.name() + "\n" + patch.diff());
        row[3]++;
        validated++;
      } else {
        failures.add(c.name() + ": " + validation.steps().stream()
            .filter(s -> s.status() == ValidationStep.Status.FAILED).map(ValidationStep::output).toList()
            + "\n" + patch.diff());
      }
    }
    int[] total = new int[4];
    System.out.println("category | vulnerable | flagged | patched | validated");
    table.forEach((category, row) -> {
      System.out.printf("%s | %d | %d | %d | %d%n", category, row[0], row[1], row[2], row[3]);
      for (int i = 0; i < 4; i++) total[i] += row[i];
    });
    System.out.printf("total | %d | %d | %d | %d%n", total[0], total[1], total[2], total[3]);
    System.out.println("refusals:");
    reasons.forEach((reason, count) -> System.out.println("  " + count + " x " + reason));
    failures.forEach(f -> System.out.println("did not validate: " + f));

    assertThat(brokenRules).isEmpty();
    assertThat(validated).isGreaterThanOrEqualTo(VALIDATED_FLOOR);
  }

  /**
   * Returns the sources to compile after the patch: the patched files, plus the API of a library the
   * patch adds to the build file (the corpus compiles without any library's jar, so a stub of the
   * classes it calls stands in for the jar the build would download).
   */
  private static Map<String, String> withAddedLibraries(RemediationPatch patch, Map<String, String> patched) {
    boolean addsEncoder = patch.edit("pom.xml").map(e -> !e.before().contains("org.owasp.encoder")
        && e.after().contains("<groupId>org.owasp.encoder</groupId>")).orElse(false);
    if (!addsEncoder) return patched;
    Map<String, String> sources = new LinkedHashMap<>(patched);
    sources.put("org/owasp/encoder/Encode.java", "package org.owasp.encoder;\n"
        + "public final class Encode {\n"
        + "  public static String forHtml(String s) { return s; }\n"
        + "  public static String forHtmlAttribute(String s) { return s; }\n"
        + "  public static String forJavaScript(String s) { return s; }\n"
        + "}\n");
    return sources;
  }

  private static PatchValidation validate(CorpusCase c, Finding finding, RemediationPatch patch, CaseResult before,
      CorpusScanner scanner, Set<Integer> allCwes, CompileComparison compiler, Map<String, String> files) {
    List<ValidationStep> steps = new ArrayList<>();
    List<FileEdit> applied = UnifiedDiff.apply(patch.diff(), SourceFiles.of(files));
    boolean applies = applied.equals(patch.edits());
    steps.add(applies ? ValidationStep.passed("applies", "The diff applies.")
        : ValidationStep.failed("applies", "The diff does not reproduce the patched files."));
    Map<String, String> patched = new LinkedHashMap<>(files);
    patch.edits().forEach(e -> patched.put(e.path(), e.after()));
    CorpusCase after = new CorpusCase(c.name(), c.category(), c.vulnerable(), c.cwe(), c.note(),
        patched.entrySet().stream().map(e -> new CaseFile(e.getKey(), e.getValue())).toList());
    steps.addAll(Reanalysis.compare(finding, patch, before.matching(), scanner.scan(after, allCwes).matching()));
    steps.add(SyntaxCheck.of(patch));
    List<String> added = compiler.addedErrors(files, withAddedLibraries(patch, patched));
    steps.add(added.isEmpty() ? ValidationStep.passed("compiles", "No new compiler error.")
        : ValidationStep.failed("compiles", "New compiler errors: " + added));
    return PatchValidation.of(steps);
  }
}
