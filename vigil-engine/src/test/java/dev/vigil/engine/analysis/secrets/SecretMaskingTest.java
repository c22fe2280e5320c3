package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {
  private static final SecretsAnalyzer ANALYZER = SecretsAnalyzer.withBuiltInRules();
  private static final String TOKEN = "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";

  @Test
  void noFindingFieldCarriesAnySecretOfAnySample() {
    int secrets = 0;
    for (RuleInfo rule : ANALYZER.rules()) {
      String text = SecretSamples.of(rule.id());
      List<Detection> detections = ANALYZER.detect(new SourceText(text));
      List<Finding> findings = analyze(rule.id() + ".sample", text);
      assertThat(findings).hasSameSizeAs(detections);
      for (Detection detection : detections) {
        secrets++;
        for (Finding finding : findings) {
          assertThat(fields(finding)).as("finding of %s", finding.ruleId())
              .noneMatch(field -> field.contains(detection.secret()));
        }
      }
    }
    assertThat(secrets).isGreaterThan(80);
  }

  @Test
  void masksTheSecretAsPrefixEllipsisAndLengthWithoutAnyHash() {
    Finding finding = analyze("deploy.env", "GITHUB_TOKEN=" + TOKEN + "\n").get(0);
    String mask = "ghp_…(" + TOKEN.length() + " chars)";

    assertThat(finding.excerpt()).isEqualTo("GITHUB_TOKEN=" + mask);
    assertThat(finding.message()).startsWith("GitHub token " + mask + ": A GitHub personal access");
    assertThat(finding.contextKey()).isEqualTo("secrets.github-token:sha256:" + SecretMask.sha256(TOKEN));
    String hashPrefix = SecretMask.sha256(TOKEN).substring(0, 8);
    assertThat(finding.message() + finding.excerpt() + finding.evidence()).doesNotContain(hashPrefix);
  }

  @Test
  void showsFewerCharactersOfShortSecrets() {
    assertThat(SecretMask.mask("Xk9#pQ2z")).isEqualTo("Xk…(8 chars)");
    assertThat(SecretMask.mask("abc")).isEqualTo("…(3 chars)");
  }

  @Test
  void keepsOneIdentityWhenTheSecretMovesLines() {
    Finding before = analyze("a.env", "GITHUB_TOKEN=" + TOKEN + "\n").get(0);
    Finding after = analyze("a.env", "# moved\n\n  token: " + TOKEN + "\n").get(0);

    assertThat(after.location().line()).isEqualTo(3);
    assertThat(after.contextKey()).isEqualTo(before.contextKey());
  }

  @Test
  void reportsAVerifiedChecksumAsHighConfidenceEvidence() {
    Finding finding = analyze("a.env", "GITHUB_TOKEN=" + TOKEN + "\n").get(0);

    assertThat(finding.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(finding.evidence()).singleElement().satisfies(step -> {
      assertThat(step.description()).contains("CRC32 checksum of the GitHub token verified");
      assertThat(step.code()).isEqualTo(finding.excerpt());
      assertThat(step.location()).isEqualTo(finding.location());
    });
    assertThat(finding.location().column()).isEqualTo(14);
  }

  @Test
  void masksEverySecretOnTheLineInEachFindingsExcerpt() {
    String id = "AKIAQ3EGRW7NBZ4XKP2L";
    String secret = "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";
    List<Finding> findings = analyze("creds.txt", "aws " + id + " " + secret + "\n");

    assertThat(findings).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("secrets.aws-access-key-id", "secrets.aws-secret-access-key");
    for (Finding finding : findings) {
      assertThat(finding.excerpt()).doesNotContain(id).doesNotContain(secret);
    }
  }

  @Test
  void trimsTheExcerptOfALongLineAroundTheSecret() {
    String line = "x=1;".repeat(500) + "var t=\"" + TOKEN + "\";" + "y=2;".repeat(500);
    Finding finding = analyze("bundle.min.js", line).get(0);

    assertThat(finding.excerpt()).hasSizeLessThanOrEqualTo(FindingWriter.MAX_EXCERPT)
        .contains("ghp_…(").startsWith("…").endsWith("…").doesNotContain(TOKEN);
  }

  private static List<String> fields(Finding finding) {
    List<String> fields = new ArrayList<>(List.of(finding.message(), finding.excerpt(),
        finding.contextKey()));
    for (EvidenceStep step : finding.evidence()) {
      fields.add(step.code());
      fields.add(step.description());
    }
    return fields;
  }

  private static List<Finding> analyze(String path, String text) {
    return ANALYZER.analyze(new AnalysisContext(path, "0".repeat(40),
        text.getBytes(StandardCharsets.UTF_8)));
  }
}
