package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  private static final String VALID = """
      id: secrets.demo-token
      name: Demo token
      message: A demo token is committed. Rotate it, then remove it from history.
      severity: high
      confidence: medium
      cwe: 798
      references: [https://example.org/demo]
      keywords: [demo_]
      regex: '\\b(demo_[a-z0-9]{20})\\b'
      secretGroup: 1
      """;

  private final RuleCatalog catalog = new RuleCatalog(Validators.builtIn());

  @Test
  void indexListsEveryRuleFileInTheFolder() throws IOException, URISyntaxException {
    Path folder = Paths.get(getClass().getClassLoader().getResource(RuleCatalog.INDEX).toURI())
        .getParent();
    List<String> yamlFiles;
    try (Stream<Path> files = Files.list(folder)) {
      yamlFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .sorted().toList();
    }
    List<String> indexed = RuleCatalog.indexEntries(Files.readString(folder.resolve("index.txt")));

    assertThat(indexed).containsExactlyInAnyOrderElementsOf(yamlFiles).doesNotHaveDuplicates();
  }

  @Test
  void loadsEveryBuiltInRule() {
    assertThat(catalog.loadBuiltIn()).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void parsesAValidRule() {
    SecretRule rule = catalog.parse("secrets.demo-token.yaml", VALID);

    assertThat(rule.id()).isEqualTo("secrets.demo-token");
    assertThat(rule.keywords()).containsExactly("demo_");
    assertThat(rule.secretGroup()).isEqualTo(1);
    assertThat(rule.fallback()).isFalse();
  }

  @Test
  void rejectsYamlThatDoesNotParse() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", "id: [unclosed"))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageStartingWith("secrets.demo-token.yaml: not a valid rule: ");
  }

  @Test
  void rejectsAnUnknownKeySoATypoCannotDisableACheck() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", VALID + "minEntrop: 3\n"))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("secrets.demo-token.yaml: not a valid rule: Unrecognized field \"minEntrop\"");
  }

  @Test
  void rejectsARegexThatDoesNotCompile() {
    String broken = VALID.replace("'\\b(demo_[a-z0-9]{20})\\b'", "'(demo_[a-z'");
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", broken))
        .hasMessageStartingWith("secrets.demo-token.yaml: regex does not compile: ");
  }

  @Test
  void rejectsAMissingField() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", VALID.replace("name: Demo token\n", "")))
        .hasMessage("secrets.demo-token.yaml: name is missing");
  }

  @Test
  void rejectsASecretGroupTheRegexDoesNotHave() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", VALID.replace("secretGroup: 1", "secretGroup: 2")))
        .hasMessage("secrets.demo-token.yaml: secretGroup 2 is not a group of the regex (it has 1)");
  }

  @Test
  void rejectsAnUnknownSeverity() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", VALID.replace("severity: high", "severity: huge")))
        .hasMessage("secrets.demo-token.yaml: unknown severity 'huge': expected one of critical, high, medium, low, info");
  }

  @Test
  void rejectsAnUnknownValidatorNamingTheKnownOnes() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", VALID + "validator: crc64\n"))
        .hasMessage("secrets.demo-token.yaml: unknown validator 'crc64': expected one of assignment,"
            + " aws-pair, github-crc32, jwt, npm-crc32, twilio-pair");
  }

  @Test
  void rejectsAnIdThatDoesNotMatchTheFileName() {
    assertThatThrownBy(() -> catalog.parse("secrets.other.yaml", VALID))
        .hasMessage("secrets.other.yaml: id 'secrets.demo-token' does not match the file name");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThatThrownBy(() -> catalog.parse("secrets.demo-token.yaml", ""))
        .hasMessage("secrets.demo-token.yaml: is empty");
  }
}
