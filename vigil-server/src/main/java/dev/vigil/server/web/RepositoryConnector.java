package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.UserStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connects repositories for the API and the web UI alike: checks the role, the name and the
 * location (an existing absolute folder or a Git URL), stores the repository with its credential
 * sealed, grants it to the person who connected it and writes the audit trail.
 */
public final class RepositoryConnector {
  /** scheme://user:password@ at the start of a URL: groups scheme, user, password. */
  private static final Pattern URL_PASSWORD =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@:]*):([^/@]*)@");
  private final RepositoryStore repositories;
  private final UserStore users;
  private final AuditLog audit;

  public RepositoryConnector(RepositoryStore repositories, UserStore users, AuditLog audit) {
    this.repositories = repositories;
    this.users = users;
    this.audit = audit;
  }

  /** Connects a repository for {@code user}; blank optional values count as absent. */
  public RepositoryRecord connect(User user, String name, String url, String credential,
      String pathScope, String defaultBranch) {
    Access.require(user.role().canManageRepositories(), user, "connect repositories");
    if (name == null || name.isBlank()) throw ApiException.badRequest("name", "name is required");
    if (url == null || url.isBlank()) throw ApiException.badRequest("url", "url is required");
    url = url.trim();
    if (name.length() > 200) throw ApiException.badRequest("name", "name must be at most 200 characters");
    if (RepositoryMirrors.isLocal(url)) {
      if (url.indexOf('\0') >= 0) {
        throw ApiException.badRequest("url", "a local path must not contain a NUL character");
      }
      Path path = Path.of(url);
      if (!path.isAbsolute()) throw ApiException.badRequest("url", "a local path must be absolute: " + url);
      if (!Files.isDirectory(path)) throw ApiException.badRequest("url", "no such directory: " + url);
    } else if (!url.matches("^(https?|ssh|git|file)://\\S+$") && !url.matches("^[\\w.-]+@[\\w.-]+:\\S+$")) {
      throw ApiException.badRequest("url", "expected an absolute local path or a Git URL (https://, ssh://, git@host:path)");
    }
    // A password inside the URL would be shown by every list and audit entry: keep it only as the
    // sealed credential, and the URL without it.
    Matcher userInfo = URL_PASSWORD.matcher(url);
    if (userInfo.find()) {
      if (credential == null || credential.isBlank()) {
        credential = URLDecoder.decode(userInfo.group(2), StandardCharsets.UTF_8) + ":"
            + URLDecoder.decode(userInfo.group(3), StandardCharsets.UTF_8);
      }
      url = userInfo.group(1) + url.substring(userInfo.end());
    }
    RepositoryRecord repository = repositories.create(name, url, blankToNull(credential),
        blankToNull(pathScope), blankToNull(defaultBranch), user);
    users.grant(user.id(), repository.id());
    audit.record(user.username(), "repository.connected", "repository " + repository.id(), url);
    return repository;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
