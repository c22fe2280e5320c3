package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.ScanRecord;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil upload-sarif} sends a scan's findings to a local server answering as GitHub code scanning does. */
class UploadSarifCommandTest {
  private static final String HEAD = "c".repeat(40);
  @TempDir Path dir;
  private HttpServer github;
  private final LinkedBlockingQueue<JsonNode> uploads = new LinkedBlockingQueue<>();

  @BeforeEach
  void startGitHub() throws Exception {
    github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    github.createContext("/api/v3/repos/acme/shop/code-scanning/sarifs", exchange -> {
      boolean authorised = "Bearer ghp_test".equals(exchange.getRequestHeaders().getFirst("Authorization"));
      if (authorised) uploads.add(new ObjectMapper().readTree(exchange.getRequestBody()));
      byte[] body = (authorised ? "{\"id\": \"47177e22\", \"url\": \"" + api() + "/repos/acme/shop/code-scanning/sarifs/47177e22\"}"
          : "{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(authorised ? 202 : 401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    github.start();
  }

  @AfterEach
  void stopGitHub() {
    github.stop(0);
  }

  private String api() {
    return "http://127.0.0.1:" + github.getAddress().getPort() + "/api/v3";
  }

  @Test
  void uploadsTheNewestDoneScanGzippedAndBase64Encoded() throws Exception {
    Path data = seed("ghp_test");

    ScanCommandTest.Run run = ScanCommandTest.vigil("upload-sarif", "--repository", "shop", "--data", data.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("uploaded scan 1 of shop to GitHub code scanning: " + api()
        + "/repos/acme/shop/code-scanning/sarifs/47177e22\n");
    JsonNode upload = uploads.poll();
    assertThat(upload.get("commit_sha").asText()).isEqualTo(HEAD);
    assertThat(upload.get("ref").asText()).isEqualTo("refs/heads/main");
    JsonNode sarif;
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(
        Base64.getDecoder().decode(upload.get("sarif").asText())))) {
      sarif = new ObjectMapper().readTree(gzip);
    }
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode result = sarif.get("runs").get(0).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("java.sql-injection");
    assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(12);
  }

  @Test
  void aRefusedTokenIsABadInputNamingGitHubsMessage() throws Exception {
    Path data = seed("ghp_revoked");

    ScanCommandTest.Run run = ScanCommandTest.vigil("upload-sarif", "--repository", "shop", "--data", data.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("vigil: POST /api/v3/repos/acme/shop/code-scanning/sarifs was refused, the GitHub"
        + " token is not valid (HTTP 401: Bad credentials)\n");
  }

  private Path seed(String token) {
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", "/srv/shop", List.of(
        SeededInstallation.finding("java.sql-injection", 89, Severity.HIGH, "src/Orders.java", 12, "a".repeat(40))),
        installation -> {
          long repository = installation.repositories().all().get(0).id();
          installation.jdbi().useHandle(h -> h.createUpdate("UPDATE repositories SET credential = ?")
              .bind(0, installation.box().seal(token)).execute());
          long scan = installation.scans().create(repository, null, "main", ScanRecord.BACKFILL, 10, null, null, null,
              null).id();
          installation.scans().start(scan, HEAD, 1, "test");
          installation.scans().done(scan, List.of());
          new GitHubLinkStore(installation.jdbi()).save(repository, api(), "acme/shop", false);
        });
    return data;
  }
}
