package dev.vigil.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.CRC32;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real Git repositories for server tests, written with JGit, and fake credentials to plant. */
public final class GitFixtures implements AutoCloseable {
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
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

  /** Returns a fake GitHub token with a valid CRC32 checksum; it grants nothing. */
  public static String fakeGithubToken(long seed) {
    Random random = new Random(seed);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 30; i++) body.append(BASE62.charAt(random.nextInt(62)));
    CRC32 crc = new CRC32();
    crc.update(body.toString().getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    StringBuilder checksum = new StringBuilder();
    while (value > 0) {
      checksum.insert(0, BASE62.charAt((int) (value % 62)));
      value /= 62;
    }
    while (checksum.length() < 6) checksum.insert(0, '0');
    return "ghp_" + body + checksum;
  }

  @Override
  public void close() {
    git.close();
  }
}
