package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.UserStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API serves a signed-in browser too; its writes need the session's CSRF token. */
class ApiBrowserSessionTest {
  @TempDir Path temp;

  @Test
  void browserSessionReadsFreelyAndWritesOnlyWithItsCsrfToken() {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      var jdbi = server.server().database().jdbi();
      User admin = new UserStore(jdbi).find("admin").orElseThrow();
      SessionStore.Opened session = new SessionStore(jdbi).open(admin);
      String cookie = Cookies.SESSION + "=" + session.id();
      String body = "{\"name\": \"here\", \"url\": \"" + temp.toAbsolutePath() + "\"}";

      ServerHarness.Response me = server.request("GET", "/api/v1/me", null, Map.of("Cookie", cookie));
      ServerHarness.Response forged = server.request("POST", "/api/v1/repositories", body,
          Map.of("Cookie", cookie, "Content-Type", "application/json"));
      ServerHarness.Response allowed = server.request("POST", "/api/v1/repositories", body,
          Map.of("Cookie", cookie, "Content-Type", "application/json",
              "X-CSRF-Token", session.session().csrf()));
      ServerHarness.Response stranger = server.request("GET", "/api/v1/me", null,
          Map.of("Cookie", Cookies.SESSION + "=not-a-session"));

      assertThat(me.status()).isEqualTo(200);
      assertThat(me.json().get("username").asText()).isEqualTo("admin");
      assertThat(forged.status()).isEqualTo(403);
      assertThat(forged.json().get("field").asText()).isEqualTo("X-CSRF-Token");
      assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
      assertThat(stranger.status()).isEqualTo(401);
    }
  }
}
