package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil advisories update} against a local server laid out like osv.dev's export bucket. */
class AdvisoriesUpdateTest {
  @TempDir Path dir;
  private HttpServer osv;
  private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    osv = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    osv.createContext("/", exchange -> {
      byte[] body = files.get(exchange.getRequestURI().getPath());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    osv.start();
  }

  @AfterEach
  void stop() {
    osv.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + osv.getAddress().getPort();
  }

  private static byte[] zip(String... records) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < records.length; i++) {
        zip.putNextEntry(new ZipEntry("R" + i + ".json"));
        zip.write(records[i].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void downloadsVerifiesAndImportsEachEcosystemThenOnlyChangesOnTheNextRun() throws Exception {
    files.put("/npm/all.zip", zip(AdvisoriesCommandTest.record("GHSA-aaaa-bbbb-cccc", "2024-01-01T00:00:00Z"),
        AdvisoriesCommandTest.record("GHSA-dddd-eeee-ffff", "2024-01-01T00:00:00Z")));
    String data = dir.resolve("data").toString();

    ScanCommandTest.Run first = ScanCommandTest.vigil("advisories", "update", "--ecosystem", "npm", "--url", base(),
        "--data", data);
    files.put("/npm/all.zip", zip(AdvisoriesCommandTest.record("GHSA-aaaa-bbbb-cccc", "2024-01-01T00:00:00Z"),
        AdvisoriesCommandTest.record("GHSA-dddd-eeee-ffff", "2024-06-01T00:00:00Z")));
    ScanCommandTest.Run second = ScanCommandTest.vigil("advisories", "update", "--ecosystem", "NPM", "--url", base() + "/",
        "--data", data, "--no-progress");

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).matches("npm: 2 advisories \\([0-9,]+ bytes\\): 2 new, 0 updated, 0 unchanged\n");
    assertThat(first.err()).startsWith("\rnpm: ").contains(" KiB");
    assertThat(second.out()).matches("npm: 2 advisories \\([0-9,]+ bytes\\): 0 new, 1 updated, 1 unchanged\n");
    assertThat(second.err()).isEmpty();
  }

  @Test
  void badSourcesAndBadDownloadsAreNamed() throws Exception {
    files.put("/Maven/all.zip", "<html>not a zip</html>".getBytes(StandardCharsets.UTF_8));
    String data = dir.resolve("data").toString();

    ScanCommandTest.Run missing = ScanCommandTest.vigil("advisories", "update", "--ecosystem", "Go", "--url", base(),
        "--data", data, "--no-progress");
    ScanCommandTest.Run garbage = ScanCommandTest.vigil("advisories", "update", "--ecosystem", "Maven", "--url", base(),
        "--data", data, "--no-progress");
    ScanCommandTest.Run plain = ScanCommandTest.vigil("advisories", "update", "--url", "http://osv.example.org",
        "--data", data);
    ScanCommandTest.Run unknown = ScanCommandTest.vigil("advisories", "update", "--ecosystem", "crates.io",
        "--data", data);

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("vigil: cannot download " + base() + "/Go/all.zip: HTTP 404\n");
    assertThat(garbage.status()).isEqualTo(2);
    assertThat(garbage.err()).startsWith("vigil: " + base() + "/Maven/all.zip is not a usable OSV export: ");
    assertThat(plain.err()).isEqualTo("vigil: advisory source http://osv.example.org must be an https URL (http only on localhost)\n");
    assertThat(unknown.err()).isEqualTo("vigil: unknown ecosystem 'crates.io': expected Maven, npm, PyPI or Go\n");
  }
}
