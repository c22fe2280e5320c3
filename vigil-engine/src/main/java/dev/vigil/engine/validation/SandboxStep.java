package dev.vigil.engine.validation;

/**
 * A step that needs the repository's code to run (the build, the marker harness), which only the
 * sandbox may do. Until it runs there, it is recorded as not applicable with exactly why, so the
 * verdict says what is missing: no environment, or the sandbox step not implemented yet.
 */
public final class SandboxStep implements Validator {
  /** The step that builds the environment at the commit. */
  public static final String BUILD = "build";
  /** The step that runs a marker payload or a timed input against the code. */
  public static final String REPRODUCE = "reproduce";

  private final String name;
  private final String why;

  private SandboxStep(String name, String why) {
    this.name = name;
    this.why = why;
  }

  /** Returns the build and reproduction steps of a repository without an environment. */
  public static java.util.List<Validator> withoutEnvironment() {
    String why = "build and reproduction need an environment; the repository has none";
    return java.util.List.of(new SandboxStep(BUILD, why), new SandboxStep(REPRODUCE, why));
  }

  /** Returns the build and reproduction steps of a repository with the environment {@code name}. */
  public static java.util.List<Validator> pendingSandbox(String environment) {
    return java.util.List.of(
        new SandboxStep(BUILD, "needs the sandbox build step, not implemented yet (environment "
            + environment + ")"),
        new SandboxStep(REPRODUCE, "needs the sandbox build step, not implemented yet: the marker "
            + "harness runs on the build's output"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    return Proof.notRun(name, why);
  }
}
