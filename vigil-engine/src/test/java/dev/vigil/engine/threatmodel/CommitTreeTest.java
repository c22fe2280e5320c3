package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.git.ScanInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitTreeTest {
  @TempDir Path dir;

  private RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("Ada", "ada@example.org")
        .setCommitter("Ada", "ada@example.org").setSign(false).call();
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void copyFixture(String name) throws IOException {
    Path from = Fixtures.folder(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        write(from.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
  }

  @Test
  void commitTreeInfersTheSameModelAsTheFolder() throws Exception {
    copyFixture("spring-api");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      RevCommit commit = commit(git, "shop");

      Inference fromCommit = new ThreatModelInference()
          .infer(SourceTree.ofCommit(git.getRepository(), commit.name()));

      assertThat(fromCommit.model()).isEqualTo(Fixtures.infer("spring-api").model());
      assertThat(fromCommit.problems()).isEmpty();
    }
  }

  @Test
  void largeAndBinaryFilesAreReportedNotRead() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("src/main/java/a/Huge.java",
          ("// " + "x".repeat((int) SourceTree.MAX_FILE_BYTES)).getBytes(StandardCharsets.UTF_8));
      write("src/main/resources/application.properties", new byte[] {'a', 0, 'b'});
      RevCommit commit = commit(git, "odd files");

      SourceTree tree = SourceTree.ofCommit(git.getRepository(), commit.name());
      Inference inference = new ThreatModelInference().infer(tree);

      assertThat(tree.paths()).containsExactly("src/main/java/a/Huge.java",
          "src/main/resources/application.properties");
      assertThat(inference.problems()).containsExactly(
          "src/main/java/a/Huge.java: larger than the size cap (2097155 bytes, cap 2097152)",
          "src/main/resources/application.properties: binary content");
    }
  }

  @Test
  void twoCommitsOfOneRepositoryTellWhetherTheModelIsStale() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("src/main/java/a/Tool.java", """
          package a;
          public class Tool { public static void main(String[] args) {} }
          """.getBytes(StandardCharsets.UTF_8));
      RevCommit first = commit(git, "tool");
      write("src/main/java/a/Server.java", """
          package a;
          import io.javalin.Javalin;
          class Server { void start() { Javalin.create().post("/callback", ctx -> {}).start(); } }
          """.getBytes(StandardCharsets.UTF_8));
      commit(git, "server");

      ThreatModel described = new ThreatModelInference()
          .infer(SourceTree.ofCommit(git.getRepository(), first.name())).model();
      ThreatModel head = new ThreatModelInference()
          .infer(SourceTree.ofCommit(git.getRepository(), "HEAD")).model();

      assertThat(Staleness.check(described, head).changes()).containsExactly(
          "repository type changed: cli -> mixed",
          "new entry point webhook POST /callback (src/main/java/a/Server.java:3)");
    }
  }

  @Test
  void unknownRevisionIsBadInput() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      assertThatThrownBy(() -> SourceTree.ofCommit(git.getRepository(), "nope"))
          .isInstanceOf(ScanInputException.class)
          .hasMessage("no such revision: nope");
    }
  }
}
