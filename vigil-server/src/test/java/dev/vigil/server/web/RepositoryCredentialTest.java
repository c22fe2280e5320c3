package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password written inside a Git URL becomes the sealed credential and is never shown again. */
class RepositoryCredentialTest {
  @TempDir Path temp;

  @Test
  void passwordInAUrlIsSealedAndStrippedFromEverythingShown() {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String admin = server.adminToken();

      JsonNode created = server.call("POST", "/api/v1/repositories", admin,
          "{\"name\": \"remote\", \"url\": \"https://alice:s3cr%40t-pass@git.example.invalid/shop.git\"}").json();

      assertThat(created.get("url").asText()).isEqualTo("https://git.example.invalid/shop.git");
      assertThat(created.get("hasCredential").asBoolean()).isTrue();
      assertThat(server.call("GET", "/api/v1/repositories", admin, null).body()).doesNotContain("s3cr");
      assertThat(server.call("GET", "/api/v1/audit", admin, null).body()).doesNotContain("s3cr");
      var store = new dev.vigil.server.store.RepositoryStore(server.server().database().jdbi(),
          dev.vigil.server.auth.SecretBox.fromKeyFile(temp.resolve("data/secret.key")));
      assertThat(store.credential(created.get("id").asLong())).isEqualTo("alice:s3cr@t-pass");
      String sealed = server.server().database().jdbi().withHandle(h -> h.createQuery(
          "SELECT credential FROM repositories").mapTo(String.class).one());
      assertThat(sealed).startsWith("v1:").doesNotContain("s3cr");
    }
  }
}
