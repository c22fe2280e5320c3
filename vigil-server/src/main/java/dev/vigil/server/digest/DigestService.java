package dev.vigil.server.digest;

import dev.vigil.server.store.DigestScheduleStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digests for the command line, the API and the weekly job alike: computes them ({@link Digests}),
 * writes them ({@link DigestWriter}), and runs the installation's schedule: when its slot has
 * passed, writes the digest of every repository since the last one into the folder (Markdown and
 * HTML) and POSTs it to the webhook as Slack-compatible JSON, then records how that went. Sending
 * never throws: a failure is the recorded outcome, and the next slot tries again.
 */
public final class DigestService {
  private static final Logger log = LoggerFactory.getLogger(DigestService.class);
  private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(15);

  private final DigestScheduleStore schedules;
  private final Digests digests;
  private final DigestWriter writer;
  private final RepositoryStore repositories;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WEBHOOK_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public DigestService(Digests digests, DigestWriter writer, DigestScheduleStore schedules,
      RepositoryStore repositories, Clock clock) {
    this.schedules = schedules;
    this.digests = digests;
    this.writer = writer;
    this.repositories = repositories;
    this.clock = clock;
  }

  /** Returns the digest of {@code covered} from {@code since} (null = a week ago) to now. */
  public Digest digest(List<RepositoryRecord> covered, Instant since, String baseUrl) {
    return digests.of(covered, since, baseUrl);
  }

  /** Returns {@code digest} written in {@code format}. */
  public String write(Digest digest, DigestFormat format) {
    return writer.write(digest, format);
  }

  /** Returns the installation's schedule. */
  public DigestSchedule schedule() {
    return schedules.load();
  }

  /**
   * Saves the installation's schedule as {@code username} set it; switching it on starts counting
   * slots from now, so enabling it never sends at once for a slot already past.
   */
  public DigestSchedule saveSchedule(DigestSchedule next, String username) {
    DigestSchedule current = schedules.load();
    Instant enabledAt = next.enabled() && !current.enabled() ? clock.instant() : current.enabledAt();
    schedules.save(new DigestSchedule(next.enabled(), next.day(), next.hour(), next.folder(), next.webhookUrl(),
        next.publicUrl(), enabledAt, current.lastSentAt(), current.lastOutcome()), username);
    return schedules.load();
  }

  /** Sends the digest if the schedule says one is due (the recurring job calls this). */
  public void sendIfDue() {
    DigestSchedule schedule = schedules.load();
    if (schedule.due(clock.instant())) send(schedule);
  }

  /** Sends the digest now to wherever the schedule says, enabled or not; returns how it went. */
  public String sendNow() {
    DigestSchedule schedule = schedules.load();
    if (schedule.folder() == null && schedule.webhookUrl() == null) {
      throw new IllegalArgumentException("the digest schedule has no folder and no webhookUrl to send to");
    }
    return send(schedule);
  }

  private String send(DigestSchedule schedule) {
    Instant now = clock.instant();
    List<String> outcomes = new ArrayList<>();
    try {
      Digest digest = digest(repositories.all(), schedule.windowStart(now), schedule.publicUrl());
      if (schedule.folder() != null) outcomes.add(writeFiles(schedule.folder(), digest));
      if (schedule.webhookUrl() != null) outcomes.add(post(schedule.webhookUrl(), write(digest, DigestFormat.SLACK)));
    } catch (RuntimeException e) {
      outcomes.add("failed: " + e.getMessage());
    }
    String outcome = String.join("; ", outcomes);
    schedules.sent(now, outcome);
    log.info("weekly digest: {}", outcome);
    return outcome;
  }

  private String writeFiles(Path folder, Digest digest) {
    String name = "vigil-digest-" + digest.until().toString().substring(0, 10);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(name + ".md"), write(digest, DigestFormat.MD), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(name + ".html"), write(digest, DigestFormat.HTML), StandardCharsets.UTF_8);
      return "written to " + folder.resolve(name) + ".md and .html";
    } catch (IOException e) {
      return "failed to write to " + folder + ": " + e.getMessage();
    }
  }

  private String post(URI url, String payload) {
    String where = "webhook " + url.getScheme() + "://" + url.getHost();
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(WEBHOOK_TIMEOUT)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() / 100 == 2 ? "posted to " + where + " (" + response.statusCode() + ")"
          : "failed: " + where + " answered " + response.statusCode();
    } catch (IOException e) {
      return "failed: " + where + ": " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "failed: interrupted while posting to " + where;
    }
  }
}
