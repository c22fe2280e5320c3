package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.AdvisoryScheduleStore;
import dev.vigil.server.store.AdvisoryStore;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily advisory update: off by default, set through the API, run once a day from a local OSV mirror. */
class DailyAdvisoriesTest {
  @TempDir Path temp;
  private HttpServer osv;
  private final AtomicInteger downloads = new AtomicInteger();

  @BeforeEach
  void startMirror() throws Exception {
    byte[] zip = zip("{\"schema_version\": \"1.6.0\", \"id\": \"GHSA-aaaa-bbbb-cccc\", \"modified\": \"2024-01-01T00:00:00Z\","
        + " \"summary\": \"Test advisory\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"left-pad\"},"
        + " \"ranges\": [{\"type\": \"SEMVER\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"1.3.0\"}]}]}]}");
    osv = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    osv.createContext("/npm/all.zip", exchange -> {
      downloads.incrementAndGet();
      exchange.sendResponseHeaders(200, zip.length);
      exchange.getResponseBody().write(zip);
      exchange.close();
    });
    osv.start();
  }

  @AfterEach
  void stopMirror() {
    osv.stop(0);
  }

  @Test
  void runsOnceADayWhenTurnedOn() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String admin = server.adminToken();
      var jdbi = server.server().database().jdbi();
      Instant now = Instant.parse("2026-12-06T03:00:00Z");
      AdvisoryStore store = new AdvisoryStore(jdbi);
      DailyAdvisories daily = new DailyAdvisories(new AdvisoryScheduleStore(jdbi), store, temp.resolve("work"),
          Clock.fixed(now, ZoneOffset.UTC));
      assertThat(server.call("GET", "/api/v1/advisories/schedule", admin, null).json().get("enabled").asBoolean()).isFalse();
      assertThat(daily.runIfDue()).isNull();

      String base = "http://127.0.0.1:" + osv.getAddress().getPort();
      ServerHarness.Response saved = server.call("PUT", "/api/v1/advisories/schedule", admin,
          "{\"enabled\": true, \"sourceUrl\": \"" + base + "\", \"ecosystems\": [\"npm\"]}");
      assertThat(saved.status()).isEqualTo(200);
      assertThat(daily.runIfDue()).isEqualTo("npm: 1 advisories");
      assertThat(store.load()).isPresent();
      assertThat(daily.runIfDue()).isNull();
      assertThat(downloads.get()).isEqualTo(1);
      DailyAdvisories nextDay = new DailyAdvisories(new AdvisoryScheduleStore(jdbi), store, temp.resolve("work"),
          Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC));
      assertThat(nextDay.runIfDue()).isEqualTo("npm: 1 advisories");
      assertThat(server.call("GET", "/api/v1/advisories/schedule", admin, null).json().get("lastOutcome").asText())
          .isEqualTo("npm: 1 advisories");
      assertThat(server.call("PUT", "/api/v1/advisories/schedule", admin,
          "{\"enabled\": true, \"sourceUrl\": \"http://osv.example.org\"}").status()).isEqualTo(400);
      String viewer = server.createUser(admin, "vera", "viewer");
      assertThat(server.call("GET", "/api/v1/advisories/schedule", viewer, null).status()).isEqualTo(403);
    }
  }

  private static byte[] zip(String record) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("GHSA-aaaa-bbbb-cccc.json"));
      zip.write(record.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
