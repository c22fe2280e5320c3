package dev.vigil.server.store;

import java.time.Instant;
import java.util.List;

/**
 * An environment of a repository as shown: its branch, setup script, build and test commands and
 * the names of its secrets. Secret values are stored sealed and never part of this record.
 */
public record EnvironmentRecord(
    long id, long repositoryId, String name, String defaultBranch, String setupScript,
    String buildCommand, String testCommand, List<String> secretNames, Instant createdAt,
    Instant updatedAt) {}
