package dev.vigil.engine.validation.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeTest {
  @TempDir Path temp;

  @Test
  void checksOutTheGivenCommitOfABareMirrorAndLeavesNothingBehind() throws Exception {
    Path repo = temp.resolve("repo");
    String first;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("App.java"), "class App { int v = 1; }\n");
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("v1").setSign(false).call().getName();
      Files.writeString(repo.resolve("App.java"), "class App { int v = 2; }\n");
      git.commit().setAll(true).setMessage("v2").setSign(false).call();
    }
    Path mirror = temp.resolve("mirror.git");
    Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(mirror.toFile()).setBare(true).call().close();

    Path folder;
    try (WorkTree tree = WorkTree.checkout(mirror, first, temp.resolve("work"))) {
      folder = tree.path();
      assertThat(folder.resolve("App.java")).hasContent("class App { int v = 1; }");
      assertThat(tree.commit()).isEqualTo(first);
    }
    assertThat(folder).doesNotExist();
    Path records = mirror.resolve("worktrees");
    if (Files.exists(records)) {
      try (var left = Files.list(records)) {
        assertThat(left).isEmpty();
      }
    }
  }

  @Test
  void refusesWhatIsNotAFullCommitId() {
    assertThatThrownBy(() -> WorkTree.checkout(temp, "--upload-pack=evil", temp.resolve("work")))
        .isInstanceOf(SandboxException.class).hasMessage("not a full commit id: '--upload-pack=evil'");
  }
}
