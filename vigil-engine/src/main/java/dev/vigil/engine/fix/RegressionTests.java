package dev.vigil.engine.fix;

import com.github.javaparser.ast.ImportDeclaration;
import dev.vigil.engine.analysis.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the security regression test of a fix where its kind and code allow one: a JUnit test (4 or
 * 5, as the module's build file uses) in the module's own test folder, next to the class, that calls
 * the code holding the finding with an attack value and asserts what the fix guarantees: no command
 * ran (a marker file), the path was refused ({@code IllegalArgumentException}), no redirect left the
 * site, the script was not echoed, the quote broke no SQL statement, the parser fetched no external
 * entity (a listener on the loopback interface serves it). What it calls ({@link TestedCall}): a
 * servlet handler through JDK proxies of the request and response (template
 * {@code fix/ServletRegressionTest.java.txt}), else the method whose parameter carries the value, a
 * Spring or JAX-RS handler or a plain method ({@code fix/MethodRegressionTest.java.txt}).
 */
public final class RegressionTests {
  /** What the test asserts per rule: goal, payload, condition that must hold, message, extra check of a returned value. */
  private record Check(String goal, String payload, String condition, String message, String onReturned) {}

  private static final String XXE_LISTENER = """
      java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
      com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
      \t\tnew java.net.InetSocketAddress("127.0.0.1", 0), 0);
      listener.createContext("/", exchange -> {
      \trequests.add(exchange.getRequestURI().toString());
      \texchange.sendResponseHeaders(200, -1);
      \texchange.close();
      });
      listener.start();
      String probe = "http://127.0.0.1:" + listener.getAddress().getPort() + "/entity";
      """;
  /** The rule of a parser left without XXE hardening, whatever input it reads: tested like {@code java.xxe}. */
  private static final String XXE_PARSER = "java.xxe-parser";
  private static final Map<String, Check> CHECKS = Map.of(
      "java.command-injection", new Check("run a command", "\"127.0.0.1;touch \" + marker + \";#\"",
          "!java.nio.file.Files.exists(marker)", "\"the value ran a command: \" + payload", ""),
      "java.path-injection", new Check("reach a file outside the base directory",
          "\"../../../../../../../../../../etc/passwd\"", "thrown instanceof IllegalArgumentException",
          "\"the path was not refused: \" + thrown", ""),
      "java.open-redirect", new Check("redirect the visitor off the site", "\"https://vigil-regression.example/\"",
          "seen.stream().noneMatch(s -> s.contains(\"vigil-regression.example\"))", "\"redirected off the site: \" + seen",
          "!String.valueOf(returned).contains(\"vigil-regression.example\")"),
      "java.xss", new Check("be echoed as markup", "\"<script>vigil()</script>\"",
          "!body.toString(java.nio.charset.StandardCharsets.UTF_8).contains(payload)",
          "\"the response echoes the script: \" + body", "!String.valueOf(returned).contains(payload)"),
      "java.sql-injection", new Check("break the SQL statement", "\"vigil'\\\"\"",
          "thrown == null && seen.stream().noneMatch(s -> s.startsWith(\"sendError [5\"))",
          "\"the quote broke the statement: \" + seen + \" \" + thrown", ""),
      "java.xxe", new Check("make the parser fetch an external entity",
          "\"<?xml version=\\\"1.0\\\"?><!DOCTYPE vigil [<!ENTITY probe SYSTEM \\\"\" + probe + \"\\\">]><vigil>&probe;</vigil>\"",
          "requests.isEmpty()", "\"the parser fetched the external entity: \" + requests", ""));

  private static final String TEST_SOURCES = "src/test/java/";

  private RegressionTests() {}

  /** What generating the test gave: a test, or the reason there is none. */
  public sealed interface Outcome permits RegressionTest, Declined {}

  /** The generated test: its path in the tree, its class name and its source. */
  public record RegressionTest(String path, String className, String source) implements Outcome {}

  /** Why no regression test is written for a fix. */
  public record Declined(String reason) implements Outcome {}

  /** Returns the regression test of {@code finding}'s fix, or why its kind or code allows none. */
  public static Outcome of(Finding finding, SourceFiles files) {
    Check check = CHECKS.get(finding.ruleId().equals(XXE_PARSER) ? "java.xxe" : finding.ruleId());
    if (check == null) {
      return new Declined("a regression test is written for SQL, command, path, redirect, XSS and XXE findings, not "
          + finding.ruleId());
    }
    String path = finding.location().path();
    int main = path.indexOf("src/main/java/");
    if (main < 0) return new Declined(path + " is not under a src/main/java folder, so the test folder is unknown");
    String module = path.substring(0, main);
    TestFramework framework = TestFramework.of(files, module).orElse(null);
    if (framework == null) return new Declined("the module's build file declares no JUnit 4 or 5 test dependency");
    JavaUnit unit = files.read(path).flatMap(text -> JavaUnit.parse(path, text)).orElse(null);
    if (unit == null) return new Declined(path + " does not parse as Java");
    if (unit.unit().getPackageDeclaration().isEmpty()) return new Declined(path + " is in the default package");
    TestedCall call;
    try {
      call = TestedCall.of(finding, unit);
    } catch (TestedCall.Refused refused) {
      return new Declined(refused.getMessage());
    }
    String pkg = unit.unit().getPackageDeclaration().get().getNameAsString();
    String className = call.type().getNameAsString() + "SecurityTest";
    String testPath = module + TEST_SOURCES + pkg.replace('.', '/') + "/" + className + ".java";
    if (files.read(testPath).isPresent()) return new Declined(testPath + " exists already");
    String indent = " ".repeat(JavaUnit.indentUnit(files.read(path).orElseThrow()));
    String condition = call.servlet() || check.onReturned().isEmpty() ? check.condition()
        : check.condition() + " && " + check.onReturned();
    String wait = finding.ruleId().equals("java.command-injection")
        ? indent + indent + "for (int i = 0; i < 50 && !java.nio.file.Files.exists(marker); i++) Thread.sleep(100);\n" : "";
    String setup = finding.ruleId().startsWith("java.xxe") ? XXE_LISTENER.indent(2 * indent.length()).replace("\t", indent) : "";
    String stop = setup.isEmpty() ? "" : indent + indent + "listener.stop(0);\n";
    String source = template(call.servlet() ? "ServletRegressionTest" : "MethodRegressionTest")
        .replace("${package}", pkg).replace("${imports}", framework.imports()).replace("${rule}", finding.ruleId())
        .replace("${sourceImports}", sourceImports(unit)).replace("${class}", call.type().getNameAsString())
        .replace("${method}", call.method().getNameAsString()).replace("${goal}", check.goal())
        .replace("${parameter}", call.method().getParameter(call.tainted()).getNameAsString())
        .replace("${visibility}", framework.visibility()).replace("${testClass}", className)
        .replace("${testMethod}", "untrustedValueCannot" + capitalised(check.goal()))
        .replace("${setup}", setup).replace("${payload}", check.payload()).replace("${call}", call.statement())
        .replace("${servlet}", servletPackage(call, unit))
        .replace("${check}", wait + stop + indent + indent + framework.assertion(condition, check.message()))
        .replace("${indent}", indent);
    return new RegressionTest(testPath, pkg + "." + className, source);
  }

  /** Returns the source file's own imports, so the test can name the parameter types it names. */
  private static String sourceImports(JavaUnit unit) {
    return unit.unit().getImports().stream().filter(i -> !i.isStatic() && !i.getNameAsString().endsWith(".Test"))
        .map(ImportDeclaration::toString).map(String::strip).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String servletPackage(TestedCall call, JavaUnit unit) {
    return call.method().getParameter(0).getTypeAsString().startsWith("javax") || unit.unit().getImports().stream()
        .anyMatch(i -> i.getNameAsString().startsWith("javax.servlet")) ? "javax.servlet" : "jakarta.servlet";
  }

  /**
   * Returns {@code patch} with the regression test of {@code finding}'s fix added as a new file, so
   * the reviewer reads it and the fix's commit carries it; {@code patch} itself where there is none.
   */
  public static RemediationPatch addTo(RemediationPatch patch, Finding finding, SourceFiles files) {
    if (!(of(finding, files) instanceof RegressionTest test) || patch.edit(test.path()).isPresent()) return patch;
    List<FileEdit> edits = new ArrayList<>(patch.edits());
    edits.add(FileEdit.creating(test.path(), test.source()));
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

  private static String template(String name) {
    try (InputStream in = RegressionTests.class.getResourceAsStream("/fix/" + name + ".java.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the regression test template " + name + ": " + e.getMessage(), e);
    }
  }
}
