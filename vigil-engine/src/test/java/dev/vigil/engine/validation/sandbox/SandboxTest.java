package dev.vigil.engine.validation.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bubblewrap, real cgroups, a real Git repository: what the sandbox promises, one by one. */
class SandboxTest {
  private static final String TOKEN = "s3cr3t-Token-8f2a91c7";
  private final Sandbox sandbox = Sandbox.system();
  @TempDir Path temp;
  private WorkTree tree;
  private Path cache;

  @BeforeEach
  void checkOut() throws Exception {
    Path repo = temp.resolve("repo");
    String commit;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("build.sh"), "echo building\n");
      git.add().addFilepattern(".").call();
      commit = git.commit().setMessage("first").setSign(false).call().getName();
    }
    tree = WorkTree.checkout(repo.resolve(".git"), commit, temp.resolve("work"));
    cache = temp.resolve("cache");
  }

  @AfterEach
  void remove() {
    tree.close();
  }

  @Test
  void setupSecretIsInvisibleToEveryLaterPhase() throws IOException {
    SandboxResult setup = run(Phase.SETUP, Limits.defaults(), """
        echo "token is $TOKEN"
        echo "$TOKEN" > "$HOME/token"; echo "$TOKEN" > /tmp/token; echo "$TOKEN" > /var/tmp/token
        mkdir -p ~/.m2/repository/org/acme
        printf '<password>%s</password>' "$TOKEN" > ~/.m2/settings.xml
        echo jar > ~/.m2/repository/org/acme/acme.jar
        echo "$TOKEN" > leaked-into-tree.txt
        """);
    assertThat(setup.passed()).as(setup.output()).isTrue();
    assertThat(setup.output()).contains("token is [secret TOKEN]").doesNotContain(TOKEN)
        .contains("removed .m2/settings.xml from the cache: it held the value of secret TOKEN");
    assertThat(cache.resolve(".m2/repository/org/acme/acme.jar")).exists();

    for (Phase later : new Phase[] {Phase.BUILD, Phase.TEST, Phase.VALIDATION}) {
      SandboxResult result = run(later, Limits.defaults(), """
          env | grep -c TOKEN || true
          ls -a "$HOME" /tmp /var/tmp
          grep -rsl s3cr3t "$HOME" /tmp /var/tmp /cache || echo "no secret in home, tmp or cache"
          cat ~/.m2/repository/org/acme/acme.jar
          touch ~/.m2/new 2>/dev/null || echo "cache is read-only"
          cat leaked-into-tree.txt
          """);
      assertThat(result.passed()).as(result.output()).isTrue();
      assertThat(result.output()).startsWith("0\n")
          .contains("no secret in home, tmp or cache", "jar", "cache is read-only")
          .doesNotContain("token", TOKEN)
          .contains("[secret TOKEN]");
    }
  }

  @Test
  void buildThatTriesTheNetworkFailsCleanly() throws IOException {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket ignored = server.accept()) {
            accepted.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.start();
      String connect = "bash -c 'exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + "' && echo connected";
      SandboxResult setup = run(Phase.SETUP, Limits.defaults(), connect);
      assertThat(setup.output()).contains("connected");
      int afterSetup = accepted.get();

      SandboxResult build = run(Phase.BUILD, Limits.defaults(), connect);
      assertThat(build.exitCode()).isNotZero();
      assertThat(build.limitHit()).isEmpty();
      assertThat(build.output()).doesNotContain("connected").contains("Connection refused");
      assertThat(afterSetup).isEqualTo(1);
      assertThat(accepted.get()).isEqualTo(afterSetup);
    }
  }

  @Test
  void forkBombIsKilledAtTheProcessLimit() {
    SandboxResult result = run(Phase.BUILD, Limits.defaults().withProcesses(64)
        .withWallTime(Duration.ofSeconds(30)), "bomb() { bomb | bomb & }; bomb; sleep 60");
    assertThat(result.limitHit()).contains(LimitHit.PROCESSES);
    assertThat(result.passed()).isFalse();
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void endlessLoopIsKilledAtTheWallTime() {
    SandboxResult result = run(Phase.TEST, Limits.defaults().withWallTime(Duration.ofSeconds(2)),
        "while :; do :; done");
    assertThat(result.limitHit()).contains(LimitHit.TIME);
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(result.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  @Test
  void memoryHogIsKilledAtTheMemoryLimit() {
    // tail keeps a line that never ends: it grows until the kernel kills it.
    SandboxResult result = run(Phase.BUILD, Limits.defaults().withMemoryBytes(64L << 20)
        .withWallTime(Duration.ofSeconds(30)), "tail /dev/zero");
    assertThat(result.limitHit()).contains(LimitHit.MEMORY);
    assertThat(result.passed()).isFalse();
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void outputFloodIsKilledAtTheOutputLimitAndOnlyItsTailIsKept() {
    SandboxResult result = run(Phase.BUILD, Limits.defaults().withOutputBytes(1L << 20), "yes");
    assertThat(result.limitHit()).contains(LimitHit.OUTPUT);
    assertThat(result.output().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(Limits.RECORDED_BYTES);
    assertThat(result.output()).startsWith("[... earlier output omitted ...]").endsWith("y\n");
  }

  @Test
  void workTreeIsTheOnlyWritablePlaceAndTheHostIsHidden() throws IOException {
    Path shown = Files.createDirectories(temp.resolve("shown"));
    Files.writeString(shown.resolve("visible.txt"), "visible");
    Path hidden = Files.createDirectories(shown.resolve("data"));
    Files.writeString(hidden.resolve("secret.key"), "key");
    SandboxPolicy policy = SandboxPolicy.of(Phase.BUILD, tree).withReadOnly(shown).withHidden(hidden);
    SandboxResult result = sandbox.run(policy, SandboxCommand.shell("""
        cat build.sh; echo built > out.txt
        touch /usr/x 2>/dev/null || echo "usr is read-only"
        touch %1$s/x 2>/dev/null || echo "shown folder is read-only"
        cat %1$s/visible.txt; echo
        ls %1$s/data
        test -z "$(ls -A "$HOME")" && echo "home is private and empty"
        ls /srv /work /var/lib 2>/dev/null || echo "no /srv, /work or /var/lib"
        git log --format=%%s
        """.formatted(shown)));
    assertThat(result.passed()).as(result.output()).isTrue();
    assertThat(result.output()).contains("echo building", "usr is read-only", "shown folder is read-only",
        "visible", "home is private and empty", "no /srv, /work or /var/lib", "first").doesNotContain("secret.key");
    assertThat(tree.path().resolve("out.txt")).hasContent("built");
  }

  @Test
  void refusesToRunWithoutBubblewrap() {
    Sandbox missing = Sandbox.withBubblewrap(temp.resolve("no-such-bwrap"));
    assertThatThrownBy(() -> missing.run(SandboxPolicy.of(Phase.BUILD, tree), SandboxCommand.of("true")))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("bubblewrap is not installed");
    assertThat(missing.check().ok()).isFalse();
    assertThat(missing.check().hint()).contains("apt-get install bubblewrap");
  }

  @Test
  void sandboxThatCannotStartFailsWithBubblewrapsReason() {
    SandboxPolicy policy = SandboxPolicy.of(Phase.BUILD, tree).withReadOnly(temp.resolve("missing"));
    assertThatThrownBy(() -> sandbox.run(policy, SandboxCommand.of("true")))
        .isInstanceOf(SandboxException.class)
        .hasMessageStartingWith("bubblewrap could not start the sandbox: bwrap: Can't find source path");
  }

  @Test
  void checkReportsAWorkingSandbox() {
    SandboxCheck check = sandbox.check();
    assertThat(check.ok()).as(check.detail()).isTrue();
    assertThat(check.detail()).contains("cgroup");
  }

  private SandboxResult run(Phase phase, Limits limits, String script) {
    return sandbox.run(SandboxPolicy.of(phase, tree).withCache(cache).withLimits(limits)
        .withSecrets(Map.of("TOKEN", TOKEN)), SandboxCommand.shell(script));
  }
}
