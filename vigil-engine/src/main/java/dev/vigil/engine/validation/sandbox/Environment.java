package dev.vigil.engine.validation.sandbox;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a repository is set up, built and tested in the sandbox: the commands of each phase (null or
 * blank = not configured), the secret values setup sees, and the folder of its dependency cache.
 */
public record Environment(String name, String setupScript, String buildCommand, String testCommand,
    Map<String, String> secrets, Path cache) {
  public Environment {
    if (name == null) throw new IllegalArgumentException("name == null");
    secrets = Map.copyOf(secrets);
  }

  /** Returns the command of {@code phase}, or null when the environment has none. */
  public String command(Phase phase) {
    String command = switch (phase) {
      case SETUP -> setupScript;
      case BUILD -> buildCommand;
      case TEST -> testCommand;
      case VALIDATION -> null;
    };
    return command == null || command.isBlank() ? null : command;
  }
}
