package dev.vigil.engine.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real Git repository in a temporary folder, written commit by commit with JGit. */
public final class TestRepo implements AutoCloseable {
  private final Git git;
  private final Path dir;
  private Instant clock = Instant.parse("2024-01-01T00:00:00Z");

  private TestRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  public static TestRepo init(Path dir) throws GitAPIException {
    return new TestRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  public Repository repository() {
    return git.getRepository();
  }

  public Git git() {
    return git;
  }

  public Path dir() {
    return dir;
  }

  public TestRepo write(String path, String content) throws IOException {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestRepo write(String path, byte[] content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return this;
  }

  public TestRepo delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  public TestRepo move(String from, String to) throws IOException {
    Path target = dir.resolve(to);
    Files.createDirectories(target.getParent());
    Files.move(dir.resolve(from), target);
    return this;
  }

  /** Commits every change in the working tree, one hour after the previous commit. */
  public RevCommit commit(String message) throws GitAPIException {
    clock = clock.plusSeconds(3600);
    PersonIdent author = new PersonIdent("Ada Lovelace", "ada@example.org", clock,
        TimeZone.getTimeZone("UTC").toZoneId());
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit().setMessage(message).setAuthor(author).setCommitter(author)
        .setSign(false).call();
  }

  @Override
  public void close() {
    git.close();
  }
}
