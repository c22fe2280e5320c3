package dev.vigil.server.forge;

import dev.vigil.server.github.GitHubStub;
import dev.vigil.server.github.GitHubStub.Request;
import dev.vigil.server.github.GitHubStub.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * GitHub's pull request endpoints on the local GitHub, over a real bare repository: opening one
 * checks, as GitHub does, that the head branch exists and has no open pull request yet (422 with
 * GitHub's error bodies otherwise); review requests and reads answer the pull request's JSON; a test
 * closes, merges or reopens one as people do on GitHub.
 */
final class GitHubPulls {
  private final GitHubStub github;
  private final Path bare;
  private final Map<Integer, Map<String, Object>> pulls = new ConcurrentHashMap<>();

  private GitHubPulls(GitHubStub github, Path bare) {
    this.github = github;
    this.bare = bare;
  }

  /** Serves the pull request endpoints of every repository on {@code github}, branches read from {@code bare}. */
  static GitHubPulls serve(GitHubStub github, Path bare) {
    GitHubPulls served = new GitHubPulls(github, bare);
    github.route("POST", "/repos/{owner}/{repo}/pulls", served::open);
    github.route("GET", "/repos/{owner}/{repo}/pulls/{number}", r -> served.pull(r, r.params().get("number")));
    github.route("POST", "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers",
        r -> served.pull(r, r.params().get("number")));
    return served;
  }

  /** Closes pull request {@code number}, merged with {@code mergeSha} or not (null). */
  void close(int number, String mergeSha) {
    Map<String, Object> pull = pulls.get(number);
    pull.put("state", "closed");
    pull.put("merged", mergeSha != null);
    pull.put("merge_commit_sha", mergeSha);
  }

  /** Reopens pull request {@code number}. */
  void reopen(int number) {
    pulls.get(number).put("state", "open");
  }

  /** Returns the JSON GitHub sends of pull request {@code number}, as webhook payloads carry it. */
  Map<String, Object> json(int number) {
    return json(pulls.get(number));
  }

  private Response open(Request request) {
    var body = request.json();
    String head = body.path("head").asText();
    String owner = request.params().get("owner");
    String repo = request.params().get("repo");
    if (!branchExists(head) || !branchExists(body.path("base").asText())) {
      return Response.json(422, Map.of("message", "Validation Failed", "errors",
          List.of(Map.of("resource", "PullRequest", "field", branchExists(head) ? "base" : "head", "code", "invalid")),
          "documentation_url", "https://docs.github.com/rest/pulls/pulls#create-a-pull-request"));
    }
    boolean open = pulls.values().stream().anyMatch(p -> head.equals(p.get("headRef")) && "open".equals(p.get("state")));
    if (open) {
      return Response.json(422, Map.of("message", "Validation Failed", "errors",
          List.of(Map.of("resource", "PullRequest", "code", "custom",
              "message", "A pull request already exists for " + owner + ":" + head + ".")),
          "documentation_url", "https://docs.github.com/rest/pulls/pulls#create-a-pull-request"));
    }
    int number = 17 + pulls.size();
    Map<String, Object> pull = new LinkedHashMap<>();
    pull.put("url", github.apiBase() + "/repos/" + owner + "/" + repo + "/pulls/" + number);
    pull.put("id", 900_000 + number);
    pull.put("number", number);
    pull.put("state", "open");
    pull.put("title", body.path("title").asText());
    pull.put("body", body.path("body").asText());
    pull.put("html_url", "https://github.example/" + owner + "/" + repo + "/pull/" + number);
    pull.put("merged", false);
    pull.put("merge_commit_sha", null);
    pull.put("head", Map.of("ref", head, "sha", sha(head)));
    pull.put("base", Map.of("ref", body.path("base").asText(), "sha", sha(body.path("base").asText())));
    pull.put("headRef", head);
    pulls.put(number, pull);
    return Response.json(201, json(pull));
  }

  private Response pull(Request request, String number) {
    Map<String, Object> pull = pulls.get(Integer.parseInt(number));
    return pull == null ? Response.error(404, "Not Found") : Response.json(request.method().equals("POST") ? 201 : 200,
        json(pull));
  }

  /** Returns the pull request as GitHub's JSON: without the stub's own bookkeeping. */
  private static Map<String, Object> json(Map<String, Object> pull) {
    Map<String, Object> json = new LinkedHashMap<>(pull);
    json.remove("headRef");
    return json;
  }

  private boolean branchExists(String branch) {
    return sha(branch) != null;
  }

  private String sha(String branch) {
    try (Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build()) {
      Ref ref = repository.exactRef("refs/heads/" + branch);
      return ref == null ? null : ref.getObjectId().name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
