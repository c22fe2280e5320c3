package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.github.GitHubClient;
import dev.vigil.server.github.GitHubRepository;
import dev.vigil.server.github.Organisations;
import dev.vigil.server.store.EnvironmentDraft;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.RepositoryRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Connects repositories of a GitHub organisation in one go: each chosen repository is connected
 * from what GitHub says of it (clone URL, default branch; never from the request), with the token
 * as its credential, the same path scope and a first environment of the same name, and linked to
 * GitHub for SARIF upload.
 */
public final class OrganisationConnect {
  /** What to connect: the organisation, the repositories chosen by name, and their shared settings. */
  public record Request(String apiBase, String token, String organisation, List<String> repositories,
      String environment, String pathScope, boolean uploadSarif) {}

  private final RepositoryConnector connector;
  private final EnvironmentStore environments;
  private final GitHubLinkStore links;

  public OrganisationConnect(RepositoryConnector connector, EnvironmentStore environments, GitHubLinkStore links) {
    this.connector = connector;
    this.environments = environments;
    this.links = links;
  }

  /** Returns the repositories of {@code organisation} the token sees, every page of them. */
  public List<GitHubRepository> list(String apiBase, String token, String organisation) {
    return new Organisations(new GitHubClient(apiBase, token)).repositories(organisation);
  }

  /** Connects the chosen repositories for {@code user}; a name GitHub does not list is a 400 naming it. */
  public List<RepositoryRecord> connect(User user, Request request) {
    Access.require(user.role().canManageRepositories(), user, "connect repositories");
    if (request.repositories().isEmpty()) throw ApiException.badRequest("repositories", "choose at least one repository");
    Map<String, GitHubRepository> listed = list(request.apiBase(), request.token(), request.organisation()).stream()
        .collect(Collectors.toMap(GitHubRepository::name, Function.identity(), (a, b) -> a));
    Set<String> chosen = new LinkedHashSet<>(request.repositories());
    List<String> unknown = chosen.stream().filter(name -> !listed.containsKey(name)).toList();
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest("repositories", "not repositories of " + request.organisation() + " the token sees: "
          + String.join(", ", unknown));
    }
    String apiBase = GitHubClient.apiBase(request.apiBase());
    List<RepositoryRecord> connected = new ArrayList<>();
    for (String name : chosen) {
      GitHubRepository github = listed.get(name);
      RepositoryRecord repository = connector.connect(user, github.name(), github.cloneUrl(), request.token(),
          request.pathScope(), github.defaultBranch());
      if (request.environment() != null && !request.environment().isBlank()) {
        environments.create(repository.id(), new EnvironmentDraft(request.environment().trim(), github.defaultBranch(),
            null, null, null, Map.of()));
      }
      links.save(repository.id(), apiBase, github.fullName(), request.uploadSarif());
      connected.add(repository);
    }
    return connected;
  }
}
