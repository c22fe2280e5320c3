package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.store.Json;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns GitHub's error answers ({@code {"message", "errors", "documentation_url"}}) into exceptions. */
final class GitHubErrors {
  private GitHubErrors() {}

  /** Returns the exception for an answer with {@code status} to {@code call} ("GET /orgs/x/repos"). */
  static GitHubException of(String call, int status, HttpHeaders headers, String body, Instant now) {
    JsonNode json = parse(body);
    String message = json.path("message").isTextual() ? json.path("message").asText() : null;
    String said = message == null ? "" : ": " + message;
    if (status == 401) {
      return new GitHubAuthenticationException(message, call + " was refused, the GitHub token is not valid (HTTP 401" + said + ")");
    }
    if (isRateLimit(status, headers, message)) {
      Instant reset = resetAt(headers, now);
      return new GitHubRateLimitException(status, message, reset, call + " hit GitHub's rate limit (HTTP " + status + said
          + ")" + (reset == null ? "" : "; it resets at " + reset));
    }
    if (status == 404) {
      return new GitHubNotFoundException(message, call + " found nothing (HTTP 404" + said
          + "); the name is wrong or the token may not see it");
    }
    if (status == 422) {
      List<String> errors = errors(json.path("errors"));
      return new GitHubValidationException(message, errors, call + " was rejected by GitHub (HTTP 422" + said
          + (errors.isEmpty() ? "" : " - " + String.join("; ", errors)) + ")");
    }
    return new GitHubException(status, message, call + " failed (HTTP " + status + said + ")");
  }

  private static boolean isRateLimit(int status, HttpHeaders headers, String message) {
    if (status == 429) return true;
    if (status != 403) return false;
    return "0".equals(headers.firstValue("x-ratelimit-remaining").orElse(null))
        || headers.firstValue("retry-after").isPresent()
        || (message != null && message.toLowerCase(Locale.ROOT).contains("rate limit"));
  }

  private static Instant resetAt(HttpHeaders headers, Instant now) {
    try {
      var retryAfter = headers.firstValue("retry-after");
      if (retryAfter.isPresent()) return now.plusSeconds(Long.parseLong(retryAfter.get().trim()));
      var reset = headers.firstValue("x-ratelimit-reset");
      return reset.isPresent() ? Instant.ofEpochSecond(Long.parseLong(reset.get().trim())) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> errors(JsonNode errors) {
    List<String> out = new ArrayList<>();
    for (JsonNode error : errors) {
      if (error.isTextual()) {
        out.add(error.asText());
      } else if (error.path("message").isTextual()) {
        out.add(error.path("message").asText());
      } else {
        out.add(error.path("field").asText("?") + ": " + error.path("code").asText("invalid"));
      }
    }
    return out;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(body);
    } catch (Exception e) {
      return Json.mapper().createObjectNode();
    }
  }
}
