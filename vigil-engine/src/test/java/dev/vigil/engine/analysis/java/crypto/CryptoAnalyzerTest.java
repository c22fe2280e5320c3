package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CryptoAnalyzerTest {
  private static final CryptoAnalyzer ANALYZER = CryptoAnalyzer.withBuiltInRules();

  private static List<Finding> analyze(String path, String source) {
    return ANALYZER.analyze(new AnalysisContext(path, "blob", source.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isRegisteredAsJavaCrypto() {
    assertThat(AnalyzerRegistry.builtIn().ids()).contains("java-crypto");
  }

  @Test
  void readsJavaFilesOnly() {
    assertThat(ANALYZER.reads("src/main/java/App.java")).isTrue();
    assertThat(ANALYZER.reads("README.md")).isFalse();
    assertThat(ANALYZER.reads("build.gradle")).isFalse();
  }

  @Test
  void everyRuleCarriesCweMessageAndReferences() {
    assertThat(ANALYZER.rules()).hasSize(13);
    for (RuleInfo rule : ANALYZER.rules()) {
      assertThat(rule.id()).startsWith("java.");
      assertThat(rule.cwe()).as(rule.id()).isPositive();
      assertThat(rule.description()).as(rule.id()).hasSizeGreaterThan(80);
      assertThat(rule.references()).as(rule.id()).isNotEmpty();
    }
  }

  @Test
  void reportsTheWeakAlgorithmWithTheConstantAsEvidence() {
    List<Finding> findings = analyze("src/Digests.java", """
        class Digests {
          private static final String ALGORITHM = "MD5";

          byte[] hash(byte[] data) throws Exception {
            return java.security.MessageDigest.getInstance(ALGORITHM).digest(data);
          }
        }
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("java.weak-hash");
      assertThat(f.cwe()).isEqualTo(328);
      assertThat(f.location().line()).isEqualTo(5);
      assertThat(f.message()).startsWith("The digest uses MD5. MD2, MD4, MD5 and SHA-1 are broken");
      assertThat(f.evidence()).extracting(step -> step.location().line()).containsExactly(2, 5);
      assertThat(f.evidence().get(0).description()).isEqualTo("the value \"MD5\" is set here");
    });
  }

  @Test
  void masksHardCodedSecretsAndFingerprintsThemByHash() {
    List<Finding> findings = analyze("src/Db.java", """
        class Db {
          private static final String DB_PASSWORD = "Pr0d-Passw0rd!";
        }
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("java.hardcoded-credential");
      assertThat(f.excerpt()).doesNotContain("Pr0d-Passw0rd!").contains("Pr****");
      assertThat(f.message()).doesNotContain("Pr0d-Passw0rd!");
      assertThat(f.evidence()).allSatisfy(step -> assertThat(step.code()).doesNotContain("Pr0d-Passw0rd!"));
      assertThat(f.contextKey()).startsWith("secret:").doesNotContain("Pr0d");
    });
  }

  @Test
  void masksSecretsWrittenWithEscapes() {
    List<Finding> findings = analyze("src/Db.java", """
        class Db {
          private static final String DB_PASSWORD = "Pr0d\\"Pass\\\\w0rd";
        }
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.excerpt()).doesNotContain("Pass").contains("Pr****");
      assertThat(f.evidence()).allSatisfy(step -> assertThat(step.code()).doesNotContain("Pass"));
    });
  }

  @Test
  void fileThatDoesNotParseThrowsNamingTheFile() {
    assertThatThrownBy(() -> analyze("src/Broken.java", "class Broken { void m( { }"))
        .isInstanceOf(UnanalysableJavaException.class)
        .hasMessageStartingWith("src/Broken.java: not valid Java: ");
  }

  @Test
  void survivesExpressionsNested5000Deep() {
    String nested = "(".repeat(5000) + "1" + ")".repeat(5000);
    String source = "class Deep { int x = " + nested + "; String p = \"MD5\"; }";
    try {
      assertThat(analyze("src/Deep.java", source)).isEmpty();
    } catch (UnanalysableJavaException e) {
      assertThat(e).hasMessageStartingWith("src/Deep.java: ");
    }
  }

  /** On a loaded machine the time limit may stop the analysis; then the skip must say so. */
  @Test
  void analysesA50000LineMethodOrReportsTheSkip() {
    StringBuilder body = new StringBuilder("class Huge {\n  void run(java.util.List<String> out) {\n");
    for (int i = 0; i < 50_000; i++) {
      body.append("    String s").append(i).append(" = \"v\" + ").append(i).append(";\n");
    }
    body.append("    javax.crypto.Cipher.getInstance(\"DES\");\n  }\n}\n");
    try {
      List<Finding> findings = analyze("src/Huge.java", body.toString());
      assertThat(findings).extracting(Finding::ruleId).containsExactly("java.weak-cipher");
      assertThat(findings.get(0).location().line()).isEqualTo(50_003);
    } catch (UnanalysableJavaException e) {
      assertThat(e).hasMessage("src/Huge.java: not analysed within 30 s, skipped");
    }
  }

  @Test
  void analysesGeneratedCodeWithManyMembers() {
    StringBuilder source = new StringBuilder("// Generated by the protocol buffer compiler.\n"
        + "public final class Messages {\n");
    for (int i = 0; i < 3_000; i++) {
      source.append("  private static final int FIELD_").append(i).append(" = ").append(i).append(";\n");
      source.append("  public int getField").append(i).append("() { return FIELD_").append(i).append("; }\n");
    }
    source.append("}\n");
    assertThat(analyze("gen/Messages.java", source.toString())).isEmpty();
  }
}
