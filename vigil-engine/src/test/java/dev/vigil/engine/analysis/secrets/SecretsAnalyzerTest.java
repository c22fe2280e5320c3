package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretsAnalyzerTest {
  private static final SecretsAnalyzer ANALYZER = SecretsAnalyzer.withBuiltInRules();

  @Test
  void describesItselfAndEveryRule() {
    assertThat(ANALYZER.id()).isEqualTo("secrets");
    assertThat(ANALYZER.version()).isEqualTo("5");
    assertThat(ANALYZER.rules()).hasSizeGreaterThanOrEqualTo(25).allSatisfy(rule -> {
      assertThat(rule.id()).startsWith("secrets.");
      assertThat(rule.cwe()).isIn(798, 321);
      assertThat(rule.description()).contains("history");
      assertThat(rule.references()).isNotEmpty();
    });
    assertThat(ANALYZER.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
  }

  @Test
  void readsEverythingButDependencyLockFiles() {
    assertThat(ANALYZER.reads("src/main/resources/application.properties")).isTrue();
    assertThat(ANALYZER.reads(".env")).isTrue();
    assertThat(ANALYZER.reads("web/dist/app.min.js")).isTrue();
    assertThat(ANALYZER.reads("package-lock.json")).isFalse();
    assertThat(ANALYZER.reads("web/yarn.lock")).isFalse();
    assertThat(ANALYZER.reads("Cargo.lock")).isFalse();
    assertThat(ANALYZER.reads("go.sum")).isFalse();
  }

  @Test
  void findsNothingInAFileWithoutAnyKeyword() {
    assertThat(analyze("Main.java", "class Main { int x = 42; }\n")).isEmpty();
  }

  @Test
  void finishesOnAFiveMegabyteSingleLineMinifiedBlob() {
    StringBuilder blob = new StringBuilder(5_300_000);
    Random random = new Random(42);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/_-";
    String[] snippets = {"var token=", "password:\"", "aws", "eyJ", "https://", "://u:", "SK",
        "-----BEGIN PRIVATE KEY-----", "AKIA", "sk-", "xoxb-", "AccountKey=", "ghp_", "heroku",
        "twilio", "mailgun", "discord", ":AA", "secret=", "api_key=", ";"};
    while (blob.length() < 5_000_000) {
      if (random.nextInt(8) == 0) {
        blob.append(snippets[random.nextInt(snippets.length)]);
      } else {
        int run = 1 + random.nextInt(60);
        for (int i = 0; i < run; i++) blob.append(alphabet.charAt(random.nextInt(alphabet.length())));
        blob.append(random.nextBoolean() ? '.' : ',');
      }
    }
    long start = System.nanoTime();
    List<Finding> findings = analyze("dist/app.min.js", blob.toString());
    System.out.printf("secrets: 5 MB single-line blob scanned in %d ms, %d findings%n",
        (System.nanoTime() - start) / 1_000_000, findings.size());

    assertThat(findings).allSatisfy(f -> assertThat(f.excerpt().length()).isLessThanOrEqualTo(200));
  }

  private static List<Finding> analyze(String path, String text) {
    return ANALYZER.analyze(new AnalysisContext(path, "0".repeat(40),
        text.getBytes(StandardCharsets.UTF_8)));
  }
}
