package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.LongHistory;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a server process hard (SIGKILL) in the middle of a backfill, starts a server again on the
 * same embedded database, and checks the scan resumes and ends with exactly the findings of an
 * uninterrupted scan: none lost, none duplicated.
 */
class BackfillCrashTest {
  private static final int COMMITS = 2500;
  @TempDir Path temp;

  @Test
  void killedBackfillResumesWithExactlyTheFindingsOfAnUninterruptedOne() throws Exception {
    Path repo = temp.resolve("repo");
    LongHistory.write(repo, COMMITS);
    String connect = "{\"name\": \"long\", \"url\": \"" + repo + "\"}";
    String scan = "{\"repositoryId\": 1, \"branch\": \"main\", \"window\": {\"commits\": " + COMMITS + "}}";

    Set<String> uninterrupted;
    try (ServerHarness server = ServerHarness.start(temp.resolve("reference"))) {
      String token = server.adminToken();
      server.call("POST", "/api/v1/repositories", token, connect);
      server.call("POST", "/api/v1/scans", token, scan);
      server.awaitScan(token, 1, Duration.ofMinutes(3));
      uninterrupted = findings(server, token);
    }

    Path data = temp.resolve("crashing");
    Path portFile = temp.resolve("port");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(),
        data.toString(), portFile.toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
    int commitsAtKill;
    try {
      String base = "http://localhost:" + awaitPort(portFile, child);
      HttpClient http = HttpClient.newHttpClient();
      String token = tokenFrom(http, base);
      send(http, base, "POST", "/api/v1/repositories", token, connect);
      send(http, base, "POST", "/api/v1/scans", token, scan);
      commitsAtKill = awaitProgress(http, base, token, 100);
    } finally {
      child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no cleanup
    }

    try (ServerHarness restarted = ServerHarness.start(data)) {
      String token = restarted.adminToken();
      JsonNode done = restarted.awaitScan(token, 1, Duration.ofMinutes(3));
      Set<String> resumed = findings(restarted, token);
      var attempts = new dev.vigil.server.store.ScanStore(restarted.server().database().jdbi()).attempts(1);

      assertThat(commitsAtKill).isBetween(100, COMMITS - 1);
      assertThat(done.get("state").asText()).isEqualTo("done");
      assertThat(attempts.count()).isEqualTo(2);
      // Progress is written every half second, checkpoints every 20 commits: either may be ahead.
      assertThat(attempts.resumedFrom()).isBetween(20, COMMITS - 1);
      assertThat(resumed).isEqualTo(uninterrupted);
      assertThat(uninterrupted).hasSize(COMMITS / 25);
    }
  }

  /** Returns each finding as fingerprint + introducing and fixing commit, over all pages. */
  private static Set<String> findings(ServerHarness server, String token) {
    Set<String> all = new TreeSet<>();
    JsonNode page = server.call("GET", "/api/v1/findings?size=500", token, null).json();
    assertThat(page.get("total").asLong()).isLessThan(500);
    for (JsonNode f : page.get("items")) {
      all.add(f.get("fingerprint").asText() + " " + f.get("introducedIn").get("sha").asText() + " "
          + (f.get("fixedIn").isNull() ? "open" : f.get("fixedIn").get("sha").asText()));
    }
    assertThat(all).hasSize(page.get("items").size());
    return all;
  }

  private static int awaitPort(Path portFile, Process child) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (Files.exists(portFile)) return Integer.parseInt(Files.readString(portFile).trim());
      if (!child.isAlive()) throw new AssertionError("server process died");
      Thread.sleep(100);
    }
    throw new AssertionError("server process did not start");
  }

  private static int awaitProgress(HttpClient http, String base, String token, int atLeast) throws Exception {
    for (int i = 0; i < 1200; i++) {
      JsonNode scan = new ServerHarness.Response(200,
          send(http, base, "GET", "/api/v1/scans/1", token, null)).json();
      int done = scan.get("progress").get("commitsDone").asInt();
      if (done >= atLeast) return done;
      if (scan.get("state").asText().equals("done")) throw new AssertionError("scan ended before the kill");
      Thread.sleep(20);
    }
    throw new AssertionError("scan made no progress");
  }

  private static String tokenFrom(HttpClient http, String base) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
        .POST(HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + ServerHarness.ADMIN_PASSWORD).getBytes())).build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new ServerHarness.Response(201, body).json().get("token").asText();
  }

  private static String send(HttpClient http, String base, String method, String path, String token,
      String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .header("Authorization", "Bearer " + token).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

}
