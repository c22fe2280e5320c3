package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.server.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server that speaks GitHub's REST wire format for the endpoints Vigil calls: bearer-token
 * check (401 "Bad credentials"), JSON error bodies, {@code Link} pagination with GitHub's
 * {@code per_page}/{@code page} parameters. It serves under {@code /api/v3}, like GitHub Enterprise
 * Server, so clients must honour a base path.
 *
 * <p>Add an endpoint with {@link #route}: a method, a path template with {@code {name}} segments, and
 * a handler from {@link Request} to {@link Response}. {@link #failNext} makes the next call fail.
 */
public final class GitHubStub implements AutoCloseable {
  /** Serves one endpoint. */
  public interface Handler {
    /** Returns the answer to {@code request}. */
    Response handle(Request request);
  }

  /** A request as the stub received it; {@code params} are the path template's values. */
  public record Request(String method, String path, Map<String, String> params, Map<String, String> query,
      Headers headers, String body) {
    /** Returns the body read as JSON. */
    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Returns query parameter {@code name} as a number, or {@code fallback} when absent. */
    public int intQuery(String name, int fallback) {
      String value = query.get(name);
      return value == null ? fallback : Integer.parseInt(value);
    }
  }

  /** An answer: status, extra headers and a JSON body (null = none). */
  public record Response(int status, Map<String, String> headers, String body) {
    /** Returns a JSON answer. */
    public static Response json(int status, Object body) {
      return new Response(status, Map.of(), Json.write(body));
    }

    /** Returns GitHub's error body: {@code {"message", "documentation_url", "status"}}. */
    public static Response error(int status, String message) {
      return json(status, Map.of("message", message, "documentation_url", "https://docs.github.com/rest",
          "status", String.valueOf(status)));
    }

    /** Returns this answer with header {@code name} set. */
    public Response withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Response(status, all, body);
    }
  }

  /** A SARIF log uploaded to code scanning, decoded (base64, then gzip) as GitHub does. */
  public record SarifUpload(String owner, String repo, String commitSha, String ref, String sarif) {}

  private record Route(String method, Pattern path, List<String> names, Handler handler) {}

  /** The path prefix GitHub Enterprise Server puts before the API. */
  public static final String PREFIX = "/api/v3";

  private final HttpServer server;
  private final String token;
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Response> failures = new ConcurrentLinkedQueue<>();
  private final List<SarifUpload> sarifUploads = new CopyOnWriteArrayList<>();
  private final Map<String, List<ObjectNode>> organisations = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

  private GitHubStub(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
    route("POST", "/repos/{owner}/{repo}/code-scanning/sarifs", this::sarifUpload);
    route("GET", "/orgs/{org}/repos", r -> organisationRepositories(r, r.params().get("org")));
    route("GET", "/organizations/{id}/repos", r -> organisationRepositories(r, organisationOf(r.params().get("id"))));
  }

  /** Starts a stub that accepts only {@code token}. */
  public static GitHubStub start(String token) {
    try {
      return new GitHubStub(token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the API base to configure a client with, e.g. {@code http://127.0.0.1:PORT/api/v3}. */
  public String apiBase() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
  }

  /** Serves {@code method pathTemplate} (after the API prefix) with {@code handler}; later routes win. */
  public GitHubStub route(String method, String pathTemplate, Handler handler) {
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("\\{(\\w+)}").matcher(pathTemplate);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (name.find()) {
      regex.append(Pattern.quote(pathTemplate.substring(last, name.start()))).append("([^/]+)");
      names.add(name.group(1));
      last = name.end();
    }
    regex.append(Pattern.quote(pathTemplate.substring(last)));
    routes.add(0, new Route(method, Pattern.compile(regex.toString()), names, handler));
    return this;
  }

  /** Makes the next request, whatever it is, answer {@code response}. */
  public GitHubStub failNext(Response response) {
    failures.add(response);
    return this;
  }

  /** Adds organisation {@code org} with {@code count} repositories named {@code service-01...}. */
  public GitHubStub organisation(String org, int count) {
    List<ObjectNode> repositories = new ArrayList<>();
    organisations.put(org, repositories);
    for (int i = 1; i <= count; i++) {
      repositories.add(repository(org, String.format("service-%02d", i), i));
    }
    return this;
  }

  /** Returns the SARIF logs uploaded so far, decoded. */
  public List<SarifUpload> sarifUploads() {
    return List.copyOf(sarifUploads);
  }

  /** Returns every request received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Returns the requests received for {@code method} on paths matching {@code pathRegex}. */
  public List<Request> requests(String method, String pathRegex) {
    return requests.stream().filter(r -> r.method().equals(method) && r.path().matches(pathRegex)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // An organisation's numeric id: 9900 + its position, stable for the stub's lifetime.
  private int organisationId(String org) {
    return 9900 + new ArrayList<>(organisations.keySet()).indexOf(org);
  }

  private String organisationOf(String id) {
    List<String> names = new ArrayList<>(organisations.keySet());
    int index = Integer.parseInt(id) - 9900;
    return index >= 0 && index < names.size() ? names.get(index) : null;
  }

  private ObjectNode repository(String org, String name, int id) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("id", 1000 + id).put("node_id", "R_kgDO" + id).put("name", name).put("full_name", org + "/" + name);
    json.put("private", id % 2 == 0);
    ObjectNode owner = json.putObject("owner");
    owner.put("login", org).put("id", organisationId(org)).put("type", "Organization");
    String web = "http://127.0.0.1:" + server.getAddress().getPort();
    json.put("html_url", web + "/" + org + "/" + name).put("description", "The " + name + " of " + org);
    json.put("fork", false).put("url", apiBase() + "/repos/" + org + "/" + name);
    json.put("clone_url", web + "/" + org + "/" + name + ".git").put("ssh_url", "git@127.0.0.1:" + org + "/" + name + ".git");
    json.put("default_branch", "main").put("archived", false).put("disabled", false);
    json.put("visibility", id % 2 == 0 ? "private" : "public").put("pushed_at", "2026-11-30T12:00:00Z");
    return json;
  }

  // GitHub checks the fields (422 with the field's error) and that sarif is base64 of gzip (400).
  private Response sarifUpload(Request request) {
    JsonNode body = request.json();
    List<Map<String, String>> errors = new ArrayList<>();
    if (!body.path("commit_sha").asText().matches("[0-9a-f]{40}")) {
      errors.add(Map.of("resource", "SarifUpload", "field", "commit_sha", "code", "invalid"));
    }
    if (!body.path("ref").asText().matches("refs/(heads|tags|pull)/.+")) {
      errors.add(Map.of("resource", "SarifUpload", "field", "ref", "code", "invalid"));
    }
    if (!errors.isEmpty()) {
      return Response.json(422, Map.of("message", "Validation Failed", "errors", errors,
          "documentation_url", "https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data"));
    }
    String sarif;
    try (var gzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
        java.util.Base64.getDecoder().decode(body.path("sarif").asText())))) {
      sarif = new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      return Response.error(400, "Invalid request: sarif is not gzip-compressed, base64-encoded data");
    }
    sarifUploads.add(new SarifUpload(request.params().get("owner"), request.params().get("repo"),
        body.path("commit_sha").asText(), body.path("ref").asText(), sarif));
    String id = java.util.UUID.nameUUIDFromBytes(sarif.getBytes(StandardCharsets.UTF_8)).toString();
    return Response.json(202, Map.of("id", id, "url", apiBase() + "/repos/" + request.params().get("owner") + "/"
        + request.params().get("repo") + "/code-scanning/sarifs/" + id));
  }

  // GitHub's list endpoints: per_page (default 30, at most 100) and page (from 1); Link has next/last/prev/first.
  private Response organisationRepositories(Request request, String org) {
    List<ObjectNode> all = organisations.get(org);
    if (all == null) return Response.error(404, "Not Found");
    int perPage = Math.min(100, Math.max(1, request.intQuery("per_page", 30)));
    int page = Math.max(1, request.intQuery("page", 1));
    int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
    ArrayNode body = Json.mapper().createArrayNode();
    all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(body::add);
    // GitHub's links point at the organisation's numeric id, not its login.
    String at = apiBase() + "/organizations/" + organisationId(org) + "/repos?per_page=" + perPage + "&page=";
    List<String> links = new ArrayList<>();
    if (page < pages) links.add("<" + at + (page + 1) + ">; rel=\"next\"");
    if (page < pages) links.add("<" + at + pages + ">; rel=\"last\"");
    if (page > 1) links.add("<" + at + 1 + ">; rel=\"first\"");
    if (page > 1) links.add("<" + at + (page - 1) + ">; rel=\"prev\"");
    Response response = Response.json(200, body);
    return links.isEmpty() ? response : response.withHeader("Link", String.join(", ", links));
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      Request request = new Request(exchange.getRequestMethod(), path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path,
          Map.of(), query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      write(exchange, answer(request, path.startsWith(PREFIX)));
    }
  }

  private Response answer(Request request, boolean underPrefix) {
    if (!("Bearer " + token).equals(request.headers().getFirst("Authorization"))) {
      return Response.error(401, "Bad credentials");
    }
    Response failure = failures.poll();
    if (failure != null) return failure;
    if (!underPrefix) return Response.error(404, "Not Found");
    for (Route route : routes) {
      Matcher match = route.path().matcher(request.path());
      if (route.method().equals(request.method()) && match.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < route.names().size(); i++) {
          params.put(route.names().get(i), URLDecoder.decode(match.group(i + 1), StandardCharsets.UTF_8));
        }
        return route.handler().handle(new Request(request.method(), request.path(), params, request.query(),
            request.headers(), request.body()));
      }
    }
    return Response.error(404, "Not Found");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null) return query;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    exchange.getResponseHeaders().set("X-GitHub-Api-Version-Selected", "2022-11-28");
    byte[] body = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
    if (response.body() != null) exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) exchange.getResponseBody().write(body);
  }
}
