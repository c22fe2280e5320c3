package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitiveNamesTest {
  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "password, credential",
      "dbPassword, credential",
      "password_hash, credential",
      "webhookSecret, credential",
      "spring.datasource.password, credential",
      "stripe.api-key, key",
      "signingKey, key",
      "PRIVATE_KEY, key",
      "apiToken, token",
      "csrf_token, token",
      "refreshToken, token",
      "creditCardNumber, payment",
      "cardNumber, payment",
      "iban, payment",
      "email, personal-data",
      "firstName, personal-data",
      "dateOfBirth, personal-data",
      "homeAddress, personal-data",
      "nationalId, personal-data",
      "auditLog, audit-log",
      "AuditEvent, audit-log",
      "tokenUrl, none",
      "passwordEncoder, none",
      "hasCredential, none",
      "secretWords, none",
      "credentialWasGiven, none",
      "serverAddress, none",
      "AuditPage, none",
      "keyboard, none",
      "tokenizer, none",
      "name, none"})
  void categorisesNamesByTheirHeadWord(String name, String category) {
    assertThat(SensitiveNames.categorise(name).map(SensitiveCategory::label))
        .isEqualTo(Optional.ofNullable(category));
  }
}
