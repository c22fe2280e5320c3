package dev.vigil.server.store;

import java.time.Instant;

/**
 * A connected repository: its name, where it is (a local path or a Git URL), the paths it is scoped
 * to (empty = all) and its default branch. The credential is stored encrypted and never returned.
 */
public record RepositoryRecord(
    long id, String name, String url, boolean hasCredential, String pathScope,
    String defaultBranch, Instant createdAt) {}
