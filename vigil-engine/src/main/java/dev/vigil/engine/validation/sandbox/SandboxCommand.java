package dev.vigil.engine.validation.sandbox;

import java.util.List;

/** What runs inside the sandbox: a program and its arguments, looked up on the sandbox's PATH. */
public record SandboxCommand(List<String> argv) {
  public SandboxCommand {
    argv = List.copyOf(argv);
    if (argv.isEmpty()) throw new IllegalArgumentException("argv must name a program");
  }

  /** Returns a command that runs {@code script} with {@code sh -e}, stopping at its first failing line. */
  public static SandboxCommand shell(String script) {
    return new SandboxCommand(List.of("/bin/sh", "-ec", script));
  }

  /** Returns a command of a program and its arguments. */
  public static SandboxCommand of(String... argv) {
    return new SandboxCommand(List.of(argv));
  }
}
