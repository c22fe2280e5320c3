package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.FindingFixtures.Seed;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.FindingStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error is JSON {error, field, message} with the right status, and never a stack trace. */
class ErrorResponseTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static long repository;
  static long finding;

  @BeforeAll
  static void start() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"))) {
      repo.write("README.md", "demo\n").commit("start");
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    repository = server.connect(admin, "demo", temp.resolve("repo"));
    new FindingStore(server.server().database().jdbi()).recordBackfill(repository, 0, List.of(
        new Seed("secrets.github-token", 798, Severity.CRITICAL, Confidence.HIGH, "bot.env", 1,
            FindingFixtures.sha("ab"), Instant.parse("2024-05-01T00:00:00Z"), null).tracked()));
    finding = server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json()
        .get("items").get(0).get("id").asLong();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A request and the error it must produce. */
  record Case(String method, String path, String body, int status, String field, String message) {
    @Override
    public String toString() {
      return method + " " + path + " " + (body == null ? "" : body.length() > 60 ? body.substring(0, 60) : body);
    }
  }

  static Stream<Case> badInputs() {
    String past = LocalDate.now().minusDays(1).toString();
    return Stream.of(
        // repositories
        new Case("POST", "/api/v1/repositories", "{\"url\": \"/tmp\"}", 400, "name", "name is required"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"x\"}", 400, "url", "url is required"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \" \", \"url\": \"/tmp\"}", 400, "name", "name is required"),
        new Case("POST", "/api/v1/repositories", "{\"name\": 5, \"url\": \"/tmp\"}", 400, "name", "name must be a string"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"x\", \"url\": \"relative/repo\"}", 400, "url",
            "a local path must be absolute: relative/repo"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"x\", \"url\": \"/no/such/folder\"}", 400, "url",
            "no such directory: /no/such/folder"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"x\", \"url\": \"ftp://example.org/r.git\"}", 400, "url",
            "expected an absolute local path or a Git URL (https://, ssh://, git@host:path)"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"x\", \"url\": \"/tmp/a\\u0000b\"}", 400, "url",
            "a local path must not contain a NUL character"),
        new Case("POST", "/api/v1/repositories", "{\"name\": \"" + "n".repeat(201) + "\", \"url\": \"/tmp\"}", 400,
            "name", "name must be at most 200 characters"),
        // scans
        new Case("POST", "/api/v1/scans", "{\"branch\": \"main\"}", 400, "repositoryId", "repositoryId is required"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": \"one\"}", 400, "repositoryId", "repositoryId must be an integer"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"nope\"}", 400, "branch",
            "unknown branch 'nope' in demo"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {\"commits\": 0}}",
            400, "window.commits", "window.commits must be an integer from 1 to 1000000"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {\"commits\": \"5\"}}",
            400, "window.commits", "window.commits must be an integer from 1 to 1000000"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", "
            + "\"window\": {\"commits\": 5, \"since\": \"2024-01-01\"}}", 400, "window",
            "window takes either commits or a date range (since, until)"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {}}", 400,
            "window", "window takes either commits or a date range (since, until)"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": 5}", 400,
            "window", "window must be {\"commits\": N} or {\"since\": \"YYYY-MM-DD\", \"until\": \"YYYY-MM-DD\"}"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {\"until\": \"soon\"}}",
            400, "window.until", "window.until must be a date like 2024-01-31 or a time like 2024-01-31T10:00:00Z"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", "
            + "\"window\": {\"since\": \"2024-02-01\", \"until\": \"2024-01-01\"}}",
            400, "window.until", "window.until must not be before window.since"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {\"since\": \"2999-01-01\"}}",
            400, "window.since", "window.since 2999-01-01 is in the future"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": {repo}, \"branch\": \"main\", \"window\": {\"since\": \"last week\"}}",
            400, "window.since", "window.since must be a date like 2024-01-31"),
        new Case("GET", "/api/v1/scans", null, 400, "repositoryId", "repositoryId is required"),
        new Case("GET", "/api/v1/scans?repositoryId=x", null, 400, "repositoryId", "repositoryId must be an integer"),
        // findings list
        new Case("GET", "/api/v1/findings?sort=colour", null, 400, "sort",
            "cannot sort on 'colour': expected one of commit, confidence, cwe, id, introduced, line, owner, path, "
                + "rule, ruleId, severity, status, validated, verdict"),
        new Case("GET", "/api/v1/findings?sort=-", null, 400, "sort",
            "cannot sort on '': expected one of commit, confidence, cwe, id, introduced, line, owner, path, "
                + "rule, ruleId, severity, status, validated, verdict"),
        new Case("GET", "/api/v1/findings?status=closed", null, 400, "status",
            "unknown status 'closed': expected one of open, accepted, deferred, rejected, fixed"),
        new Case("GET", "/api/v1/findings?severity=urgent", null, 400, "severity",
            "unknown severity 'urgent': expected one of critical, high, medium, low, info"),
        new Case("GET", "/api/v1/findings?page=0", null, 400, "page", "page must be 1 or more"),
        new Case("GET", "/api/v1/findings?page=first", null, 400, "page", "page must be an integer, got 'first'"),
        new Case("GET", "/api/v1/findings?page=99999999999", null, 400, "page", "page must be an integer, got '99999999999'"),
        new Case("GET", "/api/v1/findings?size=1000", null, 400, "size", "size must be between 1 and 500"),
        new Case("GET", "/api/v1/findings?size=0", null, 400, "size", "size must be between 1 and 500"),
        new Case("GET", "/api/v1/findings?cwe=abc", null, 400, "cwe", "cwe must be an integer, got 'abc'"),
        new Case("GET", "/api/v1/findings?cwe=99999999999", null, 400, "cwe", "cwe must be an integer, got '99999999999'"),
        new Case("GET", "/api/v1/findings?validated=maybe", null, 400, "validated", "validated must be true or false, got 'maybe'"),
        new Case("GET", "/api/v1/findings?repositoryId=demo", null, 400, "repositoryId",
            "repositoryId must be an integer, got 'demo'"),
        // triage
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": ", 400, null, null),
        new Case("POST", "/api/v1/findings/{finding}/triage", "[\"accept\"]", 400, null, "expected a JSON object"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "\"accept\"", 400, null, "expected a JSON object"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "", 400, null, "expected a JSON object"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{}", 400, "action", "action is required"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": 1}", 400, "action", "action must be a string"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"explode\"}", 400, "action",
            "unknown action 'explode': expected one of reject, defer, accept, assign, reopen"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"defer\"}", 400, "until",
            "until is required to defer (YYYY-MM-DD)"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"defer\", \"until\": \"" + past + "\"}",
            400, "until", "until must be in the future"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"defer\", \"until\": \"" + LocalDate.now() + "\"}",
            400, "until", "until must be in the future"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"defer\", \"until\": \"soon\"}",
            400, "until", "until must be a date like 2030-01-31"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"assign\"}", 400, "owner", "owner is required"),
        new Case("POST", "/api/v1/findings/{finding}/triage", "{\"action\": \"reject\"}", 400, "reason",
            "a reason is required to reject"),
        // users, grants and the audit log
        new Case("POST", "/api/v1/users", "{\"username\": \"u1\", \"password\": \"long-enough\", \"role\": \"god\"}", 400,
            "role", "unknown role 'god': expected one of admin, security_owner, developer, viewer"),
        new Case("POST", "/api/v1/users", "{\"username\": \"u1\", \"password\": \"short\", \"role\": \"viewer\"}", 400,
            "password", "password must be at least 8 characters"),
        new Case("POST", "/api/v1/users", "{\"username\": \"a b\", \"password\": \"long-enough\", \"role\": \"viewer\"}", 400,
            "username", "username must be 1-100 letters, digits or . _ @ -"),
        new Case("POST", "/api/v1/users", "{\"username\": \"admin\", \"password\": \"long-enough\", \"role\": \"viewer\"}", 400,
            "username", "user 'admin' already exists"),
        new Case("POST", "/api/v1/repositories/{repo}/grants", "{\"username\": \"ghost\"}", 400, "username",
            "no user named 'ghost'"),
        new Case("GET", "/api/v1/audit?limit=many", null, 400, "limit", "limit must be an integer from 1 to 500, got 'many'"),
        new Case("GET", "/api/v1/audit?limit=0", null, 400, "limit", "limit must be an integer from 1 to 500, got '0'"),
        new Case("GET", "/api/v1/audit?before=yesterday", null, 400, "before", "before must be an integer, got 'yesterday'"),
        // not found
        new Case("GET", "/api/v1/findings/999999", null, 404, null, "finding 999999 not found"),
        new Case("GET", "/api/v1/findings/abc", null, 404, null, "finding abc not found"),
        new Case("GET", "/api/v1/findings/99999999999999999999", null, 404, null, "finding 99999999999999999999 not found"),
        new Case("POST", "/api/v1/findings/999999/triage", "{\"action\": \"accept\"}", 404, null, "finding 999999 not found"),
        new Case("GET", "/api/v1/repositories/999999", null, 404, null, "repository 999999 not found"),
        new Case("GET", "/api/v1/repositories/x1", null, 404, null, "repository x1 not found"),
        new Case("GET", "/api/v1/repositories/999999/recommended", null, 404, null, "repository 999999 not found"),
        new Case("POST", "/api/v1/repositories/999999/grants", "{\"username\": \"admin\"}", 404, null,
            "repository 999999 not found"),
        new Case("GET", "/api/v1/scans/999999", null, 404, null, "scan 999999 not found"),
        new Case("GET", "/api/v1/scans/zzz/skipped", null, 404, null, "scan zzz not found"),
        new Case("GET", "/api/v1/scans?repositoryId=999999", null, 404, null, "repository 999999 not found"),
        new Case("GET", "/api/v1/findings?repositoryId=999999", null, 404, null, "repository 999999 not found"),
        new Case("POST", "/api/v1/scans", "{\"repositoryId\": 999999}", 404, null, "repository 999999 not found"),
        new Case("GET", "/api/v1/no-such-thing", null, 404, null, "Endpoint GET /api/v1/no-such-thing not found"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputIsAnsweredWithTheStatusFieldAndMessage(Case bad) {
    String path = bad.path().replace("{repo}", String.valueOf(repository))
        .replace("{finding}", String.valueOf(finding));
    String body = bad.body() == null ? null : bad.body().replace("{repo}", String.valueOf(repository));

    ServerHarness.Response response = server.call(bad.method(), path, admin, body);

    assertError(response, bad.status(), bad.field());
    if (bad.message() != null) assertThat(response.json().get("message").asText()).isEqualTo(bad.message());
  }

  @Test
  void malformedJsonSaysSo() {
    ServerHarness.Response response = server.call("POST", "/api/v1/repositories", admin, "{\"name\": ");

    assertError(response, 400, null);
    assertThat(response.json().get("message").asText()).startsWith("malformed JSON: ");
  }

  @Test
  void bodyOverOneMegabyteIs413() {
    String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"url\": \"/tmp\"}";

    ServerHarness.Response authenticated = server.call("POST", "/api/v1/repositories", admin, big);
    ServerHarness.Response webhook = server.request("POST", "/api/v1/webhooks/github", big,
        Map.of("Content-Type", "application/json", "X-GitHub-Event", "push"));

    assertError(authenticated, 413, null);
    assertThat(authenticated.json().get("error").asText()).isEqualTo("too_large");
    assertError(webhook, 413, null);
  }

  @Test
  void unknownRouteWithoutATokenIs404Json() {
    ServerHarness.Response response = server.call("GET", "/api/v1/nowhere", null, null);

    assertError(response, 404, null);
    assertThat(response.json().get("message").asText()).isEqualTo("Endpoint GET /api/v1/nowhere not found");
  }

  @Test
  void rejectedRequestsLeaveTheFindingUntouched() {
    server.call("POST", "/api/v1/findings/" + finding + "/triage", admin, "{\"action\": \"defer\", \"until\": \"soon\"}");

    JsonNode detail = server.call("GET", "/api/v1/findings/" + finding, admin, null).json();

    assertThat(detail.get("status").asText()).isEqualTo("open");
    assertThat(detail.get("triage")).isEmpty();
  }

  static void assertError(ServerHarness.Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().get("content-type")).startsWith("application/json");
    JsonNode body = response.json();
    assertThat(body.has("error") && body.has("field") && body.has("message")).as(response.body()).isTrue();
    assertThat(body.get("field").isNull() ? null : body.get("field").asText()).isEqualTo(field);
    assertNoStackTrace(response);
  }

  static void assertNoStackTrace(ServerHarness.Response response) {
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.")
        .doesNotContain("at java.").doesNotContain("at io.javalin");
  }
}
