package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void splitsCamelSnakeAndDottedNames() {
    assertThat(Identifiers.words("resetToken")).containsExactly("reset", "token");
    assertThat(Identifiers.words("RESET_TOKEN")).containsExactly("reset", "token");
    assertThat(Identifiers.words("XMLHttpRequest")).containsExactly("xml", "http", "request");
    assertThat(Identifiers.words("mail.smtp.password")).containsExactly("mail", "smtp", "password");
    assertThat(Identifiers.words("HMAC256")).containsExactly("hmac256");
  }

  @Test
  void lastWordOfAnEmptyNameIsEmpty() {
    assertThat(Identifiers.lastWord("__")).isEmpty();
    assertThat(Identifiers.lastWord("keySize")).isEqualTo("size");
  }
}
