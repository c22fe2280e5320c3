package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.AdvisoryLoadException;
import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.server.store.AdvisoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the advisory store current from OSV's exports: for each ecosystem, downloads
 * {@code BASE/<ecosystem>/all.zip} (osv.dev's layout, so a mirror only needs to copy it), checks the
 * download is whole, reads it as OSV records, and imports them. HTTPS only, except on the loopback
 * interface (a mirror on the same host).
 */
public final class AdvisoryUpdate {
  /** osv.dev's export bucket. */
  public static final String DEFAULT_BASE = "https://osv-vulnerabilities.storage.googleapis.com";
  /** The largest export accepted (npm's, the largest, is far below it). */
  static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

  /** Hears how the download goes: bytes so far of a total (-1 when unknown). */
  public interface Progress {
    /** Reports {@code done} bytes of {@code total} downloaded for {@code ecosystem}. */
    void downloaded(String ecosystem, long done, long total);
  }

  /** What one ecosystem's update did. */
  public record Outcome(String ecosystem, long bytes, int advisories, AdvisoryStore.ImportResult imported,
      List<String> problems) {}

  private final URI base;
  private final AdvisoryStore store;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  /** Creates an update from {@code base} (null = osv.dev) into {@code store}; a base that is not HTTPS outside loopback throws. */
  public AdvisoryUpdate(String base, AdvisoryStore store) {
    this.base = URI.create((base == null || base.isBlank() ? DEFAULT_BASE : base.trim()).replaceAll("/+$", ""));
    this.store = store;
    String host = this.base.getHost() == null ? "" : this.base.getHost();
    boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    if (!"https".equals(this.base.getScheme()) && !("http".equals(this.base.getScheme()) && loopback)) {
      throw new IllegalArgumentException("advisory source " + base + " must be an https URL (http only on localhost)");
    }
  }

  /** Returns the ecosystems named in {@code list} (OSV spelling, any case; null = all Vigil reads). */
  public static List<Ecosystem> ecosystems(List<String> names) {
    if (names == null || names.isEmpty()) return List.of(Ecosystem.values());
    List<Ecosystem> chosen = new ArrayList<>();
    for (String name : names) {
      Ecosystem match = null;
      for (Ecosystem e : Ecosystem.values()) if (e.osvName().equalsIgnoreCase(name.trim())) match = e;
      if (match == null) {
        throw new IllegalArgumentException("unknown ecosystem '" + name + "': expected Maven, npm, PyPI or Go");
      }
      chosen.add(match);
    }
    return chosen;
  }

  /** Downloads, verifies and imports the export of {@code ecosystem}; a bad download throws naming the URL. */
  public Outcome update(Ecosystem ecosystem, Path workDir, Progress progress) {
    URI url = URI.create(base + "/" + ecosystem.osvName() + "/all.zip");
    Path zip = workDir.resolve(ecosystem.osvName().toLowerCase(Locale.ROOT) + "-all.zip");
    try {
      long bytes = download(url, zip, ecosystem.osvName(), progress);
      AdvisoryDatabase database;
      try {
        database = AdvisoryDatabase.load(zip);
      } catch (AdvisoryLoadException e) {
        throw new IllegalArgumentException(url + " is not a usable OSV export: " + e.getMessage(), e);
      }
      return new Outcome(ecosystem.osvName(), bytes, database.size(), store.importAll(database.advisories()),
          database.problems());
    } finally {
      try {
        Files.deleteIfExists(zip);
      } catch (IOException ignored) {
        // A leftover temporary file is harmless; the next update overwrites it.
      }
    }
  }

  private long download(URI url, Path target, String ecosystem, Progress progress) {
    try {
      HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(30)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new IllegalArgumentException("cannot download " + url + ": HTTP " + response.statusCode());
        }
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (total > MAX_BYTES) throw new IllegalArgumentException(url + " is larger than " + MAX_BYTES + " bytes");
        long done = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            done += n;
            if (done > MAX_BYTES) throw new IllegalArgumentException(url + " is larger than " + MAX_BYTES + " bytes");
            progress.downloaded(ecosystem, done, total);
          }
        }
        if (total >= 0 && done != total) {
          throw new IllegalArgumentException("incomplete download of " + url + ": " + done + " of " + total + " bytes");
        }
        return done;
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot download " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("interrupted while downloading " + url, e);
    }
  }
}
