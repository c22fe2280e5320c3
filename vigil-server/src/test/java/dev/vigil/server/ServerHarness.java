package dev.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A started Vigil server for a test, on a free port with its own data folder, and a small HTTP
 * client speaking its JSON API. Embedded H2 unless a JDBC URL is given.
 */
public final class ServerHarness implements AutoCloseable {
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";
  /** The password of every user that {@link #createUser} makes. */
  public static final String USER_PASSWORD = "user-password-for-tests";
  /** The webhook secret of test servers. */
  public static final String WEBHOOK_SECRET = "webhook-secret-for-tests";
  private final VigilServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String startOutput;

  private ServerHarness(VigilServer server, String startOutput) {
    this.server = server;
    this.startOutput = startOutput;
  }

  /** Starts a server on embedded H2 in {@code dataDir}. */
  public static ServerHarness start(Path dataDir) {
    return start(dataDir, null, null, null);
  }

  /** Starts a server on the given database (null = embedded H2 in {@code dataDir}). */
  public static ServerHarness start(Path dataDir, String jdbcUrl, String user, String password) {
    return start(config(dataDir, jdbcUrl, user, password));
  }

  /** Starts a server with a configuration of the test's own. */
  public static ServerHarness start(VigilServer.Config config) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VigilServer server = VigilServer.start(config, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new ServerHarness(server, out.toString(StandardCharsets.UTF_8));
  }

  /** Returns the configuration tests use: fast heartbeats and polling, small checkpoints. */
  public static VigilServer.Config config(Path dataDir, String jdbcUrl, String user, String password) {
    return new VigilServer.Config(0, dataDir, jdbcUrl, user, password, ADMIN_PASSWORD,
        WEBHOOK_SECRET,
        new ScanJobs.Settings(2, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofHours(1)),
        PassOptions.defaults().withCheckpointEvery(20));
  }

  public VigilServer server() {
    return server;
  }

  /** Returns what the server printed when it started. */
  public String startOutput() {
    return startOutput;
  }

  public String baseUrl() {
    return "http://localhost:" + server.port();
  }

  /** Returns a new API token for a user, via HTTP Basic. */
  public String token(String username, String password) {
    Response response = signIn(username, password);
    if (response.status() != 201) throw new AssertionError("token: " + response);
    return response.json().get("token").asText();
  }

  /** Returns the admin's token. */
  public String adminToken() {
    return token("admin", ADMIN_PASSWORD);
  }

  /** Sends a request with a bearer token (null = none) and a JSON body (null = none). */
  public Response call(String method, String path, String token, String jsonBody) {
    return send(method, path, jsonBody, token == null ? null : "Bearer " + token);
  }

  /** Sends a GitHub push event for {@code branch} of the repository at {@code url}, signed as GitHub does. */
  public Response push(String url, String branch) {
    String payload = "{\"ref\": \"refs/heads/" + branch + "\", \"repository\": {\"clone_url\": \""
        + url + "\"}}";
    return request("POST", "/api/v1/webhooks/github", payload, Map.of("X-GitHub-Event", "push",
        "X-Hub-Signature-256", "sha256=" + sign(payload), "Content-Type", "application/json"));
  }

  /** Returns the hex HMAC-SHA256 of {@code payload} with the test servers' webhook secret. */
  public static String sign(String payload) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request with any headers and a raw body (null = none), for webhooks and odd inputs. */
  public Response request(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30));
    headers.forEach(request::header);
    return exchange(request, method, path);
  }

  /** Asks for a token with HTTP Basic credentials and returns the raw answer. */
  public Response signIn(String username, String password) {
    return send("POST", "/api/v1/tokens", null, basic(username, password));
  }

  /** Returns the value of an HTTP Basic {@code Authorization} header. */
  public static String basic(String username, String password) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a user with the admin's token and returns a token of the new user. */
  public String createUser(String adminToken, String username, String role) {
    Response created = call("POST", "/api/v1/users", adminToken, "{\"username\": \"" + username
        + "\", \"password\": \"" + USER_PASSWORD + "\", \"role\": \"" + role + "\"}");
    if (created.status() != 201) throw new AssertionError("create user: " + created);
    return token(username, USER_PASSWORD);
  }

  /** Connects a local repository with {@code token} and returns its id. */
  public long connect(String token, String name, Path dir) {
    return connect(token, name, dir.toAbsolutePath().toString());
  }

  /** Connects the repository at {@code url} (a local path or a Git URL) with {@code token} and returns its id. */
  public long connect(String token, String name, String url) {
    Response created = call("POST", "/api/v1/repositories", token,
        "{\"name\": \"" + name + "\", \"url\": \"" + url + "\"}");
    if (created.status() != 201) throw new AssertionError("connect: " + created);
    return created.json().get("id").asLong();
  }

  /** Grants a repository to a user with the admin's token. */
  public void grant(String adminToken, long repositoryId, String username) {
    Response granted = call("POST", "/api/v1/repositories/" + repositoryId + "/grants", adminToken,
        "{\"username\": \"" + username + "\"}");
    if (granted.status() != 204) throw new AssertionError("grant: " + granted);
  }

  /** Starts a scan of the newest {@code commits} commits of main and returns its id. */
  public long scanMain(String token, long repositoryId, int commits) {
    Response created = call("POST", "/api/v1/scans", token, "{\"repositoryId\": " + repositoryId
        + ", \"branch\": \"main\", \"window\": {\"commits\": " + commits + "}}");
    if (created.status() != 201) throw new AssertionError("scan: " + created);
    return created.json().get("id").asLong();
  }

  /** Polls a scan until it is done or failed; fails the test after {@code timeout}. */
  public JsonNode awaitScan(String token, long scanId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode scan = call("GET", "/api/v1/scans/" + scanId, token, null).json();
      String state = scan.get("state").asText();
      if (state.equals("done") || state.equals("failed")) return scan;
      Thread.sleep(100);
    }
    throw new AssertionError("scan " + scanId + " did not finish within " + timeout);
  }

  /** Polls an environment's newest health check until it passed or failed; fails the test after {@code timeout}. */
  public JsonNode awaitHealth(String token, long environmentId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode health = call("GET", "/api/v1/environments/" + environmentId + "/health", token, null).json();
      String state = health.path("state").asText();
      if (state.equals("passed") || state.equals("failed")) return health;
      Thread.sleep(100);
    }
    throw new AssertionError("the health check of environment " + environmentId + " did not finish within " + timeout);
  }

  private Response send(String method, String path, String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30));
    if (authorization != null) request.header("Authorization", authorization);
    if (body != null) request.header("Content-Type", "application/json");
    return exchange(request, method, path);
  }

  private Response exchange(HttpRequest.Builder request, String method, String path) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
      return new Response(response.statusCode(), response.body(), headers);
    } catch (IOException e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** An HTTP answer: status, body and headers (names in any case). */
  public record Response(int status, String body, Map<String, String> headers) {
    public Response(int status, String body) {
      this(status, body, Map.of());
    }


    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
