package dev.vigil.server.store;

import java.util.Map;

/**
 * What a person submits for an environment: its fields (null = none) and secret changes by name,
 * where a value sets the secret and null removes it; secrets not named are left as they are.
 */
public record EnvironmentDraft(String name, String defaultBranch, String setupScript,
    String buildCommand, String testCommand, Map<String, String> secrets) {}
