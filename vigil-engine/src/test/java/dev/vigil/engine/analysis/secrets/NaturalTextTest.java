package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalTextTest {
  @ParameterizedTest(name = "{0} is text: {1}")
  @CsvSource({
      "'\\u30D1\\u30B9\\u30EF\\u30FC\\u30C9', true", "Contrase\\u00f1a, true", "填写你的AccessKey, true",
      "V&#233;rification, true", "Don&#8217;t, false", "Xk9mPq2vLw7z, false", "\\u0041\\u0042c123, false"})
  void findsLettersOutsideAsciiOnceEscapesAreDecoded(String value, boolean text) {
    assertThat(NaturalText.hasNonAsciiLetter(value)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} decodes to {1}")
  @CsvSource({"Contrase\\u00f1a, Contraseña", "Don&#8217;t, Don’t", "&#x41;&#66;c, ABc", "plain, plain"})
  void decodesUnicodeEscapesAndNumericEntities(String value, String decoded) {
    assertThat(NaturalText.decode(value)).isEqualTo(decoded);
  }
}
