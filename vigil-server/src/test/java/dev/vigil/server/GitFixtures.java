package dev.vigil.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.TimeZone;
import dev.vigil.engine.analysis.secrets.TokenChecksums;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real Git repositories for server tests, written with JGit, and fake credentials to plant. */
public final class GitFixtures implements AutoCloseable {
  private final Git git;
  private final Path dir;
  private Instant clock = Instant.parse("2024-05-01T00:00:00Z");

  private GitFixtures(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  public static GitFixtures init(Path dir) throws Exception {
    return new GitFixtures(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  public Path dir() {
    return dir;
  }

  public Git git() {
    return git;
  }

  public GitFixtures write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return this;
  }

  public RevCommit commit(String message) throws Exception {
    clock = clock.plusSeconds(3600);
    PersonIdent who = new PersonIdent("Lin Dev", "lin@example.org", clock, TimeZone.getTimeZone("UTC").toZoneId());
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /**
   * Commits the fixture repository {@code testdata/<name>} of the test class path: each folder
   * {@code commits.txt} lists (with its message) holds the files that commit writes.
   */
  public GitFixtures replay(String name) throws Exception {
    Path fixture = Path.of(GitFixtures.class.getResource("/testdata/" + name).toURI());
    for (String line : Files.readAllLines(fixture.resolve("commits.txt"), StandardCharsets.UTF_8)) {
      String[] step = line.split("\t", 2);
      Path folder = fixture.resolve(step[0]);
      try (var files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          write(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      commit(step[1]);
    }
    return this;
  }

  /** Returns a fake GitHub token with a valid CRC32 checksum; it grants nothing. */
  public static String fakeGithubToken(long seed) {
    return TokenChecksums.fakeToken("ghp_", new Random(seed));
  }

  @Override
  public void close() {
    git.close();
  }
}
