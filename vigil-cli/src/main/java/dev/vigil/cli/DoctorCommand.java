package dev.vigil.cli;

import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.SandboxCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil doctor}: checks what Vigil needs on this machine (Git, Java, a sandbox that really
 * starts, a writable data folder) and prints each with OK or FAIL and a hint; exits 1 on a failure.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = "Checks Git, Java, the bubblewrap sandbox and the data folder; exits 1 if one fails.")
final class DoctorCommand implements Callable<Integer> {
  /** The oldest Java Vigil runs on. */
  static final int JAVA_FEATURE = 17;

  @Spec CommandSpec spec;

  @Option(names = "--data", defaultValue = "vigil-data", description = "Data folder to check (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--bwrap", paramLabel = "PATH",
      description = "bubblewrap binary to check (default: bwrap on the PATH, as the server uses).")
  Path bwrap;

  /** One line of the report: what was checked, whether it is fine, what was seen, what to do. */
  record Check(String name, boolean ok, String detail, String hint) {}

  @Override
  public Integer call() {
    List<Check> checks = List.of(git(), java(), sandbox(), dataFolder());
    PrintWriter out = spec.commandLine().getOut();
    for (Check check : checks) {
      out.printf("%-5s %-11s %s%n", check.ok() ? "OK" : "FAIL", check.name(), check.detail());
      if (!check.ok() && !check.hint().isEmpty()) out.printf("%-17s hint: %s%n", "", check.hint());
    }
    out.flush();
    return checks.stream().allMatch(Check::ok) ? 0 : 1;
  }

  private static Check git() {
    try {
      Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
        return new Check("git", true, version, "");
      }
      return new Check("git", false, "git --version failed: " + version, "reinstall git");
    } catch (IOException e) {
      return new Check("git", false, "git is not on the PATH", "install git (apt-get install git)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Check("git", false, "interrupted", "");
    }
  }

  private static Check java() {
    Runtime.Version version = Runtime.version();
    String detail = "Java " + version + " at " + System.getProperty("java.home");
    return version.feature() >= JAVA_FEATURE
        ? new Check("java", true, detail, "")
        : new Check("java", false, detail, "Vigil needs Java " + JAVA_FEATURE + " or newer");
  }

  private Check sandbox() {
    SandboxCheck check = (bwrap == null ? Sandbox.system() : Sandbox.withBubblewrap(bwrap)).check();
    return new Check("bubblewrap", check.ok(), check.detail(), check.hint());
  }

  private Check dataFolder() {
    Path folder = data.toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".doctor-", ".tmp");
      Files.delete(probe);
      return new Check("data", true, folder + " is writable", "");
    } catch (IOException | SecurityException e) {
      return new Check("data", false, "cannot write in " + folder + ": " + e,
          "choose another folder with --data, or give this user write access to it");
    }
  }
}
