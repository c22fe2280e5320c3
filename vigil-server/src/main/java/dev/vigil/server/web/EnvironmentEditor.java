package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentDraft;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.RepositoryRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Creates and changes environments for the API and the web UI alike: checks the role and every
 * field, stores the secrets sealed and writes the audit trail with secret names, never values.
 */
public final class EnvironmentEditor {
  private static final Pattern SECRET_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
  /** The most secrets one request may name. */
  private static final int MAX_SECRETS = 100;
  private static final int MAX_SECRET_NAME = 100;
  private static final int MAX_SECRET_VALUE = 10_000;
  private final EnvironmentStore environments;
  private final AuditLog audit;

  public EnvironmentEditor(EnvironmentStore environments, AuditLog audit) {
    this.environments = environments;
    this.audit = audit;
  }

  /** Adds an environment to {@code repository} (already checked visible to {@code user}). */
  public EnvironmentRecord create(User user, RepositoryRecord repository, EnvironmentDraft draft) {
    requireManage(user);
    EnvironmentDraft checked = check(draft);
    EnvironmentRecord environment = stored(() -> environments.create(repository.id(), checked));
    audit.record(user.username(), "environment.created", "environment " + environment.id(),
        "repository " + repository.id() + ", name " + environment.name() + secretNames(checked.secrets()));
    return environment;
  }

  /** Replaces the fields of {@code environment} and applies the draft's secret changes. */
  public EnvironmentRecord update(User user, EnvironmentRecord environment, EnvironmentDraft draft) {
    requireManage(user);
    EnvironmentDraft checked = check(draft);
    EnvironmentRecord updated = stored(() -> environments.update(environment.id(), checked))
        .orElseThrow(() -> ApiException.notFound("environment " + environment.id()));
    audit.record(user.username(), "environment.updated", "environment " + updated.id(),
        "repository " + updated.repositoryId() + ", name " + updated.name() + secretNames(checked.secrets()));
    return updated;
  }

  /** Throws 403 unless the user's role may manage environments. */
  public static void requireManage(User user) {
    Access.require(user.role().canManageRepositories(), user, "manage environments");
  }

  private static EnvironmentDraft check(EnvironmentDraft draft) {
    String name = trimmed(draft.name());
    if (name == null) throw ApiException.badRequest("name", "name is required");
    limit("name", name, 200);
    String branch = trimmed(draft.defaultBranch());
    limit("defaultBranch", branch, 200);
    String setup = blankToNull(draft.setupScript());
    limit("setupScript", setup, 10_000);
    String build = trimmed(draft.buildCommand());
    limit("buildCommand", build, 2_000);
    String test = trimmed(draft.testCommand());
    limit("testCommand", test, 2_000);
    Map<String, String> secrets = draft.secrets() == null ? Map.of() : draft.secrets();
    if (secrets.size() > MAX_SECRETS) {
      throw ApiException.badRequest("secrets", "at most " + MAX_SECRETS + " secrets per request");
    }
    secrets.forEach((secret, value) -> {
      if (secret.length() > MAX_SECRET_NAME || !SECRET_NAME.matcher(secret).matches()) {
        throw ApiException.badRequest("secrets", "secret name '" + abbreviated(secret)
            + "' must match [A-Z_][A-Z0-9_]* and be at most " + MAX_SECRET_NAME + " characters");
      }
      if (value != null && value.isEmpty()) {
        throw ApiException.badRequest("secrets." + secret, "secret " + secret + " must not be empty (null removes it)");
      }
      if (value != null && value.length() > MAX_SECRET_VALUE) {
        throw ApiException.badRequest("secrets." + secret,
            "secret " + secret + " must be at most " + MAX_SECRET_VALUE + " characters");
      }
    });
    return new EnvironmentDraft(name, branch, setup, build, test, new TreeMap<>(secrets));
  }

  private static <T> T stored(Supplier<T> write) {
    try {
      return write.get();
    } catch (FieldException e) {
      throw ApiException.badRequest(e.field(), e.getMessage());
    }
  }

  private static String secretNames(Map<String, String> secrets) {
    List<String> set = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    secrets.forEach((name, value) -> (value == null ? removed : set).add(name));
    return (set.isEmpty() ? "" : "; secrets set: " + String.join(", ", set))
        + (removed.isEmpty() ? "" : "; secrets removed: " + String.join(", ", removed));
  }

  private static void limit(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApiException.badRequest(field, field + " must be at most " + max + " characters");
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
