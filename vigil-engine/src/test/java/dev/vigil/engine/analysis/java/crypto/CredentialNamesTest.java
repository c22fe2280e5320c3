package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialNamesTest {
  private static final CredentialNames NAMES = new CredentialNames(rule("java.hardcoded-credential"));

  private static CryptoRule rule(String id) {
    String file = id + ".yaml";
    try (InputStream in = CredentialNamesTest.class.getClassLoader()
        .getResourceAsStream(CryptoRuleCatalog.FOLDER + file)) {
      return new CryptoRuleCatalog().parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} names a secret: {1}")
  @CsvSource({
      "DB_PASSWORD, true", "apiKey, true", "SECRET_KEY, true", "jwtSecret, true", "authToken, true",
      "PASSWORD_PARAM, false", "TOKEN_HEADER, false", "PASSWORD_KEY, false", "passwordHint, false",
      "keySize, false", "monkey, false", "API_TOKEN_ARN, false", "cacheKey, false"})
  void tellsSecretNamesFromNamesAboutSecrets(String identifier, boolean secret) {
    assertThat(NAMES.secretName(identifier)).isEqualTo(secret);
  }

  @ParameterizedTest(name = "\"{0}\" is a secret value: {1}")
  @CsvSource({
      "Pr0d-Passw0rd!, true", "k7Hq29xLmP04vZtR8sYw, true", "hunter22, true",
      "'', false", "abc, false", "changeme, false", "${DB_PASSWORD}, false", "<password>, false",
      "********, false", "app.jwt.secret, false", "X-Auth-Token, false", "your-api-key, false",
      "'Use a passphrase', false", "%s, false"})
  void tellsSecretValuesFromPlaceholders(String value, boolean secret) {
    assertThat(NAMES.secretValue(value, "password")).isEqualTo(secret);
  }

  @ParameterizedTest(name = "{1} = \"{0}\" is a secret value: {2}")
  @CsvSource({
      "abcdefghjkmnpqrstuvwxyz23456789, PWD_BASE, false", "xyzABCDEFGH+@, CHARS, false",
      "!canchangepassword, NOT_CHANGE_PASSWORD, false", "mydbpassword, DB_PASSWORD, false",
      "abcde-Xq9!mL2, DB_PASSWORD, true", "Zq81-Lm5xKp0, RESET_PASSWORD, true"})
  void tellsAlphabetsAndOptionNamesFromSecrets(String value, String identifier, boolean secret) {
    assertThat(NAMES.secretValue(value, identifier)).isEqualTo(secret);
  }
}
