package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String adminToken;

  @BeforeAll
  static void start() {
    server = ServerHarness.start(temp.resolve("data"));
    adminToken = server.adminToken();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void basicCredentialsAreExchangedForAToken() {
    ServerHarness.Response response = server.signIn("admin", ServerHarness.ADMIN_PASSWORD);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("token").asText()).startsWith("vgl_").hasSize(44);
    assertThat(server.call("GET", "/api/v1/me", response.json().get("token").asText(), null)
        .json().get("username").asText()).isEqualTo("admin");
  }

  @Test
  void wrongPasswordIsRefusedWith401() {
    ServerHarness.Response response = server.signIn("admin", "not-the-password");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(response.json().get("message").asText()).isEqualTo("wrong user name or password");
  }

  @Test
  void unknownUserIsRefusedLikeAWrongPassword() {
    ServerHarness.Response response = server.signIn("nobody", "whatever-password");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().get("message").asText()).isEqualTo("wrong user name or password");
  }

  @Test
  void tokenRequestWithoutBasicCredentialsIs401() {
    ServerHarness.Response response = server.request("POST", "/api/v1/tokens", null, Map.of());
    ServerHarness.Response garbled = server.request("POST", "/api/v1/tokens", null,
        Map.of("Authorization", "Basic !!!not-base64"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().get("message").asText()).isEqualTo("HTTP Basic credentials required");
    assertThat(garbled.status()).isEqualTo(401);
    assertThat(garbled.json().get("message").asText()).isEqualTo("malformed Basic credentials");
  }

  @Test
  void everyApiRouteWithoutATokenIs401() {
    List<Route> guarded = RouteTable.routes().stream().filter(Route::authenticated).toList();
    assertThat(guarded).hasSizeGreaterThan(10);
    for (Route route : guarded) {
      ServerHarness.Response response = server.call(route.method().name(),
          RouteTable.concrete(route, "1"), null, route.method().name().equals("GET") ? null : "{}");

      assertThat(response.status()).as(route.method() + " " + route.path()).isEqualTo(401);
      assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
      assertThat(response.json().get("message").asText()).isEqualTo(
          "missing bearer token: POST /api/v1/tokens with HTTP Basic credentials to get one");
    }
  }

  @Test
  void everyApiRouteWithABadTokenIs401() {
    for (Route route : RouteTable.routes().stream().filter(Route::authenticated).toList()) {
      ServerHarness.Response response = server.call(route.method().name(),
          RouteTable.concrete(route, "1"), "vgl_forged-token-that-was-never-issued",
          route.method().name().equals("GET") ? null : "{}");

      assertThat(response.status()).as(route.method() + " " + route.path()).isEqualTo(401);
      assertThat(response.json().get("message").asText()).isEqualTo("unknown or revoked token");
    }
  }

  @Test
  void basicCredentialsDoNotOpenOtherRoutes() {
    ServerHarness.Response response = server.request("GET", "/api/v1/me", null,
        Map.of("Authorization", ServerHarness.basic("admin", ServerHarness.ADMIN_PASSWORD)));

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void sixthFailedSignInWithinFiveMinutesIsRefusedWith429AndRetryAfter() {
    server.createUser(adminToken, "guessed", "viewer");
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(server.signIn("guessed", "guess-" + attempt).status()).as("attempt " + attempt)
          .isEqualTo(401);
    }

    ServerHarness.Response sixth = server.request("POST", "/api/v1/tokens", null,
        Map.of("Authorization", ServerHarness.basic("guessed", ServerHarness.USER_PASSWORD)));

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.json().get("error").asText()).isEqualTo("too_many_attempts");
    assertThat(sixth.json().get("message").asText()).startsWith("too many failed sign-ins: try again in ");
    assertThat(sixth.headers().get("retry-after")).isNotNull();
    assertThat(Long.parseLong(sixth.headers().get("retry-after"))).isBetween(1L, 300L);
    assertThat(server.signIn("admin", ServerHarness.ADMIN_PASSWORD).status())
        .as("other users are not locked out").isEqualTo(201);
  }

  @Test
  void failedSignInsAreAudited() {
    server.signIn("admin", "audited-wrong-password");

    String audit = server.call("GET", "/api/v1/audit?limit=50", adminToken, null).body();

    assertThat(audit).contains("\"action\":\"sign-in.failed\"");
  }

  @Test
  void tokensAreStoredOnlyAsHashes() {
    String token = server.token("admin", ServerHarness.ADMIN_PASSWORD);

    List<Map<String, Object>> rows = server.server().database().jdbi().withHandle(h ->
        h.createQuery("SELECT * FROM api_tokens").mapToMap().list());

    assertThat(rows).isNotEmpty();
    assertThat(rows.toString()).doesNotContain(token).doesNotContain(token.substring(4));
    assertThat(rows).anySatisfy(row -> assertThat(row.get("token_hash")).isEqualTo(Secrets.sha256(token)));
  }

  @Test
  void passwordsAreStoredOnlyAsSlowHashes() {
    List<String> hashes = server.server().database().jdbi().withHandle(h ->
        h.createQuery("SELECT password_hash FROM users").mapTo(String.class).list());
    String everything = server.server().database().jdbi().withHandle(h ->
        h.createQuery("SELECT * FROM users").mapToMap().list()).toString();

    assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("pbkdf2-sha256$210000$"));
    assertThat(everything).doesNotContain(ServerHarness.ADMIN_PASSWORD)
        .doesNotContain(ServerHarness.USER_PASSWORD);
  }
}
