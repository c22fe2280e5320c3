package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CryptoRuleCatalogTest {
  private final CryptoRuleCatalog catalog = new CryptoRuleCatalog();

  @Test
  void rejectsUnknownKeysNamingTheFile() {
    assertThatThrownBy(() -> catalog.parse("java.x.yaml", """
        id: java.x
        name: X
        message: m
        severity: high
        confidence: high
        cwe: 1
        references: [r]
        sevrity: high
        """))
        .isInstanceOf(InvalidCryptoRuleException.class)
        .hasMessageStartingWith("crypto rule java.x.yaml: not a valid rule: ");
  }

  @Test
  void rejectsAnIdThatDoesNotMatchTheFileName() {
    assertThatThrownBy(() -> catalog.parse("java.y.yaml", """
        id: java.x
        name: X
        message: m
        severity: high
        confidence: high
        cwe: 1
        references: [r]
        """))
        .isInstanceOf(InvalidCryptoRuleException.class)
        .hasMessage("crypto rule java.y.yaml: id 'java.x' does not match the file name");
  }

  @Test
  void rejectsAMissingCwe() {
    assertThatThrownBy(() -> catalog.parse("java.x.yaml", """
        id: java.x
        name: X
        message: m
        severity: high
        confidence: high
        references: [r]
        """))
        .hasMessage("crypto rule java.x.yaml: cwe is missing");
  }

  @Test
  void namesTheMissingDataListOfARule() {
    CryptoRule rule = catalog.parse("java.x.yaml", """
        id: java.x
        name: X
        message: m
        severity: high
        confidence: high
        cwe: 1
        references: [r]
        """);
    assertThatThrownBy(() -> rule.list("algorithms"))
        .hasMessage("crypto rule java.x.yaml: data.algorithms is missing");
  }

  @Test
  void refusesARuleWithoutACheck() {
    assertThatThrownBy(() -> catalog.loadBuiltIn(Set.of("java.weak-hash")))
        .isInstanceOf(InvalidCryptoRuleException.class)
        .hasMessageContaining("no check implements");
  }

  @Test
  void indexListsEveryRuleFile() throws IOException {
    String index = read(CryptoRuleCatalog.INDEX);
    assertThat(index.lines().filter(l -> l.endsWith(".yaml")).count()).isEqualTo(13);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = CryptoRuleCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
