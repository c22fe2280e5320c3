package dev.vigil.engine.validation.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {
  private final SecretMasker masker = new SecretMasker(Map.of("PASSWORD", "hunter2-long-password",
      "PREFIX", "hunter2", "PIN", "123"));

  @Test
  void masksTheLongestValueFirstAndLeavesTooShortValuesAlone() {
    assertThat(masker.mask("login hunter2-long-password then hunter2, pin 123"))
        .isEqualTo("login [secret PASSWORD] then [secret PREFIX], pin 123");
  }

  @Test
  void aSecretCutAtEitherEndOfTheTailLeavesNoPartBehind() {
    assertThat(masker.maskedTail("ong-password\nbuild ok\n", true, 1000))
        .isEqualTo("[... earlier output omitted ...]\n\nbuild ok\n");
    assertThat(masker.maskedTail("killed while printing hunter2-lo", false, 1000))
        .isEqualTo("killed while printing [secret PASSWORD, cut]");
  }

  @Test
  void theTailFitsItsByteLimitAfterMasking() {
    String text = "é".repeat(5000) + "hunter2-long-password";
    String tail = masker.maskedTail(text, false, 1024);

    assertThat(tail.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
    assertThat(tail).startsWith("[... earlier output omitted ...]\né").endsWith("[secret PASSWORD]")
        .doesNotContain("\uFFFD");
  }
}
