package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.store.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small client of GitHub's REST API (v3, version 2022-11-28): JSON in and out, a bearer token,
 * {@code Link}-header pagination, and one exception type per failure a caller handles (see
 * {@link GitHubException}). The API base is configurable: {@code https://api.github.com}, a GitHub
 * Enterprise Server's {@code https://HOST/api/v3}, or a test server. Endpoints are thin methods of
 * other classes over {@link #get}, {@link #getAll} and {@link #post}.
 */
public final class GitHubClient {
  /** GitHub.com's API. */
  public static final String DEFAULT_API = "https://api.github.com";
  /** The most pages {@link #getAll} follows, so a misbehaving server cannot keep it looping. */
  static final int MAX_PAGES = 200;

  private final URI base;
  private final String token;
  private final HttpClient http;
  private final Clock clock;

  /** Creates a client of the API at {@code apiBase} (null or blank = GitHub.com) sending {@code token}. */
  public GitHubClient(String apiBase, String token) {
    this(apiBase, token, Clock.systemUTC());
  }

  GitHubClient(String apiBase, String token, Clock clock) {
    this.base = URI.create(apiBase(apiBase));
    this.token = Objects.requireNonNull(token, "token == null");
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  }

  /** Returns {@code apiBase} as a client calls it: GitHub.com's when blank, no trailing slash; throws if not http(s). */
  public static String apiBase(String apiBase) {
    String base = (apiBase == null || apiBase.isBlank() ? DEFAULT_API : apiBase.trim()).replaceAll("/+$", "");
    if (!base.startsWith("https://") && !base.startsWith("http://")) {
      throw new IllegalArgumentException("GitHub API base " + apiBase + " must be an http(s) URL");
    }
    return base;
  }

  /** Returns the API base this client calls, without a trailing slash. */
  public String apiBase() {
    return base.toString();
  }

  /** Returns the token of a repository credential: {@code user:token}, or the token alone. */
  public static String tokenOf(String credential) {
    int colon = credential.indexOf(':');
    return colon < 0 ? credential : credential.substring(colon + 1);
  }

  /** Returns {@code segment} encoded for one path segment ("my org" -> "my%20org"). */
  public static String segment(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Returns the JSON answer to {@code GET path} ({@code path} starts with '/', may carry a query). */
  public JsonNode get(String path) {
    return send("GET", resolve(path), null).json();
  }

  /** Returns the elements of every page of the JSON array at {@code path}, following {@code rel="next"} links. */
  public List<JsonNode> getAll(String path) {
    List<JsonNode> items = new ArrayList<>();
    URI next = resolve(path);
    for (int page = 0; next != null; page++) {
      if (page == MAX_PAGES) throw new GitHubException(0, null, "GET " + path + " has more than " + MAX_PAGES + " pages");
      Answer answer = send("GET", next, null);
      JsonNode json = answer.json();
      if (!json.isArray()) throw new GitHubException(answer.status, null, "GET " + next.getPath() + " did not answer a JSON array");
      json.forEach(items::add);
      String link = LinkHeader.find(answer.link, "next");
      next = link == null ? null : sameOrigin(URI.create(link));
    }
    return items;
  }

  /** Returns the JSON answer to {@code POST path} with {@code body} written as JSON. */
  public JsonNode post(String path, Object body) {
    return send("POST", resolve(path), Json.write(body)).json();
  }

  private URI resolve(String path) {
    if (!path.startsWith("/")) throw new IllegalArgumentException("path " + path + " must start with '/'");
    return URI.create(base + path);
  }

  // The token goes only to the configured API: a next link elsewhere is refused, not followed.
  private URI sameOrigin(URI link) {
    if (!Objects.equals(link.getScheme(), base.getScheme()) || !Objects.equals(link.getHost(), base.getHost())
        || link.getPort() != base.getPort()) {
      throw new GitHubException(0, null, "GitHub's next-page link " + link + " leaves " + base + "; not followed");
    }
    return link;
  }

  private Answer send(String method, URI uri, String json) {
    String call = method + " " + uri.getRawPath();
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/vnd.github+json")
        .header("Authorization", "Bearer " + token)
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "Vigil");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GitHubException("cannot reach GitHub at " + base + " for " + call + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitHubException("interrupted during " + call, e);
    }
    int status = response.statusCode();
    if (status >= 300) throw GitHubErrors.of(call, status, response.headers(), response.body(), clock.instant());
    return new Answer(status, response.body(), response.headers().firstValue("Link").orElse(null), call);
  }

  private record Answer(int status, String body, String link, String call) {
    JsonNode json() {
      try {
        return body == null || body.isBlank() ? Json.mapper().nullNode() : Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new GitHubException(status, null, call + " answered something that is not JSON");
      }
    }
  }
}
