package dev.vigil.engine.fix;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.vigil.engine.analysis.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the security regression test of a fix where its kind and code allow one: a JUnit test (4 or
 * 5, as the module's pom uses) in the module's own test folder, next to the class, that calls the
 * servlet handler holding the finding with an attack value through JDK proxies of the request and
 * response, and asserts what the fix guarantees: no command ran (a marker file), the path was refused
 * ({@code IllegalArgumentException}), no redirect left the site, the script was not echoed, the quote
 * broke no SQL statement. The template is {@code fix/ServletRegressionTest.java.txt}.
 */
public final class RegressionTests {
  /** What the test asserts per rule: goal, payload, condition that must hold, message. */
  private record Check(String goal, String payload, String condition, String message) {}

  private static final Map<String, Check> CHECKS = Map.of(
      "java.command-injection", new Check("run a command", "\"127.0.0.1;touch \" + marker + \";#\"",
          "!Files.exists(marker)", "\"the value ran a command: \" + payload"),
      "java.path-injection", new Check("reach a file outside the base directory",
          "\"../../../../../../../../../../etc/passwd\"", "thrown instanceof IllegalArgumentException",
          "\"the path was not refused: \" + thrown"),
      "java.open-redirect", new Check("redirect the visitor off the site", "\"https://vigil-regression.example/\"",
          "seen.stream().noneMatch(s -> s.contains(\"vigil-regression.example\"))", "\"redirected off the site: \" + seen"),
      "java.xss", new Check("be echoed as markup", "\"<script>vigil()</script>\"",
          "!body.toString(StandardCharsets.UTF_8).contains(payload)", "\"the response echoes the script: \" + body"),
      "java.sql-injection", new Check("break the SQL statement", "\"vigil'\\\"\"",
          "thrown == null && seen.stream().noneMatch(s -> s.startsWith(\"sendError [5\"))",
          "\"the quote broke the statement: \" + seen + \" \" + thrown"));

  private static final String TEST_SOURCES = "src/test/java/";

  private RegressionTests() {}

  /** The generated test: its path in the tree, its class name and its source. */
  public record RegressionTest(String path, String className, String source) {}

  /** Returns the regression test of {@code finding}'s fix, or empty where its kind or code allows none. */
  public static Optional<RegressionTest> of(Finding finding, SourceFiles files) {
    Check check = CHECKS.get(finding.ruleId());
    String path = finding.location().path();
    int main = path.indexOf("src/main/java/");
    if (check == null || main < 0) return Optional.empty();
    String module = path.substring(0, main);
    String pom = files.read(module + "pom.xml").orElse("");
    boolean jupiter = pom.contains("<artifactId>junit-jupiter");
    if (!jupiter && !pom.contains("<artifactId>junit</artifactId>")) return Optional.empty();
    JavaUnit unit = files.read(path).flatMap(text -> JavaUnit.parse(path, text)).orElse(null);
    if (unit == null) return Optional.empty();
    MethodDeclaration handler = unit.covering(MethodDeclaration.class, finding.location().line()).stream().findFirst()
        .filter(m -> m.getNameAsString().matches("do(Get|Post|Put|Delete)") && m.getParameters().size() == 2)
        .orElse(null);
    if (handler == null || !(handler.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type)
        || type.isAbstract() || type.isInterface() || type.isNestedType() || !type.getTypeParameters().isEmpty()
        || !type.getConstructors().isEmpty()
            && type.getConstructors().stream().noneMatch(c -> c.getParameters().isEmpty() && !c.isPrivate())) {
      return Optional.empty();
    }
    String servlet = handler.getParameter(0).getTypeAsString().startsWith("javax") || unit.unit().getImports().stream()
        .anyMatch(i -> i.getNameAsString().startsWith("javax.servlet")) ? "javax.servlet" : "jakarta.servlet";
    String pkg = unit.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String className = type.getNameAsString() + "SecurityTest";
    String testPath = module + TEST_SOURCES + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + className + ".java";
    if (files.read(testPath).isPresent()) return Optional.empty();
    String indent = " ".repeat(JavaUnit.indentUnit(files.read(path).orElseThrow()));
    String assertion = jupiter
        ? "assertTrue(" + check.condition() + ", " + check.message() + ");"
        : "assertTrue(" + check.message() + ", " + check.condition() + ");";
    String wait = finding.ruleId().equals("java.command-injection")
        ? indent + indent + "for (int i = 0; i < 50 && !Files.exists(marker); i++) Thread.sleep(100);\n" : "";
    String imports = jupiter
        ? "import static org.junit.jupiter.api.Assertions.assertTrue;\n\nimport org.junit.jupiter.api.Test;"
        : "import static org.junit.Assert.assertTrue;\n\nimport org.junit.Test;";
    String source = template()
        .replace("${package}", pkg).replace("${imports}", imports).replace("${rule}", finding.ruleId())
        .replace("${class}", type.getNameAsString()).replace("${method}", handler.getNameAsString())
        .replace("${goal}", check.goal()).replace("${visibility}", jupiter ? "" : "public ")
        .replace("${testClass}", className).replace("${testMethod}", "untrustedValueCannot" + capitalised(check.goal()))
        .replace("${payload}", check.payload()).replace("${servlet}", servlet)
        .replace("${check}", wait + indent + indent + assertion).replace("${indent}", indent);
    if (pkg.isEmpty()) source = source.replaceFirst("package ;\n\n", "");
    return Optional.of(new RegressionTest(testPath, (pkg.isEmpty() ? "" : pkg + ".") + className, source));
  }

  /**
   * Returns {@code patch} with the regression test of {@code finding}'s fix added as a new file, so
   * the reviewer reads it and the fix's commit carries it; {@code patch} itself where there is none.
   */
  public static RemediationPatch addTo(RemediationPatch patch, Finding finding, SourceFiles files) {
    Optional<RegressionTest> test = of(finding, files);
    if (test.isEmpty() || patch.edit(test.get().path()).isPresent()) return patch;
    List<FileEdit> edits = new ArrayList<>(patch.edits());
    edits.add(FileEdit.creating(test.get().path(), test.get().source()));
    return new RemediationPatch(patch.ruleId(), patch.rationale(), patch.notes(), edits);
  }

  /** Returns the regression test {@code patch} adds (a Java file it creates in a test folder), if any. */
  public static Optional<RegressionTest> carried(RemediationPatch patch) {
    return patch.edits().stream().filter(e -> e.addsTest() && e.path().endsWith(".java")).findFirst().map(edit -> {
      int root = edit.path().indexOf(TEST_SOURCES);
      String name = root < 0 ? edit.path().substring(edit.path().lastIndexOf('/') + 1)
          : edit.path().substring(root + TEST_SOURCES.length());
      return new RegressionTest(edit.path(), name.substring(0, name.length() - ".java".length()).replace('/', '.'),
          edit.after());
    });
  }

  private static String capitalised(String goal) {
    StringBuilder name = new StringBuilder();
    for (String word : goal.split(" ")) name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    return name.toString();
  }

  private static String template() {
    try (InputStream in = RegressionTests.class.getResourceAsStream("/fix/ServletRegressionTest.java.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the regression test template: " + e.getMessage(), e);
    }
  }
}
