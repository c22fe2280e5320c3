package dev.vigil.engine.analysis.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.java.taint.JavaTaintEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analyzer as the engine sees it: id, files read, rules, threat models. */
class JavaTaintAnalyzerTest {
  private static final String SOURCE = """
      package app;
      import java.io.*;
      import java.net.*;
      public class Relay {
        void relay(ServerSocket server) throws IOException {
          Socket client = server.accept();
          BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream()));
          String line = in.readLine();
          Runtime.getRuntime().exec(line);
          Runtime.getRuntime().exec(System.getenv("TOOL"));
        }
      }
      """;

  private static List<Finding> analyse(JavaTaintAnalyzer analyzer) {
    return analyzer.analyze(new AnalysisContext("app/Relay.java", "blob",
        SOURCE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isRegisteredAndReadsJavaFilesOnly() {
    assertThat(AnalyzerRegistry.builtIn().ids()).contains("java-taint");
    JavaTaintAnalyzer analyzer = JavaTaintAnalyzer.withBuiltInModels();
    assertThat(analyzer.reads("src/main/java/App.java")).isTrue();
    assertThat(analyzer.reads("README.md")).isFalse();
    // No product flow runs through a test source tree: its flows are dropped, so it is not read.
    assertThat(analyzer.reads("src/test/java/AppTest.java")).isFalse();
    assertThat(analyzer.reads("module/src/it/java/Setup.java")).isFalse();
    assertThat(analyzer.reads("src/main/java/app/TestConnection.java")).isTrue();
    assertThat(analyzer.rules()).extracting(RuleInfo::id).contains("java.sql-injection",
        "java.xss", "java.header-injection", "java.unsafe-reflection", "java.regex-injection", "java.zip-slip").hasSize(16);
  }

  @Test
  void socketDataIsRemoteInputOnByDefault() {
    List<Finding> found = analyse(JavaTaintAnalyzer.withBuiltInModels());
    assertThat(found).extracting(f -> f.location().line()).containsExactly(9);
    assertThat(found.get(0).message()).contains("(remote input) in Relay.relay(ServerSocket)");
  }

  @Test
  void environmentThreatModelIsOptIn() {
    JavaTaintAnalyzer withEnvironment = new JavaTaintAnalyzer(JavaTaintEngine.builtIn()
        .withThreats(Set.of("remote", "environment")));
    assertThat(analyse(withEnvironment)).extracting(f -> f.location().line()).containsExactly(9, 10);
  }
}
