package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  static final String BEFORE = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten";

  @Test
  void appliesWhatItFormatsIncludingAFileWithoutAFinalNewline() {
    FileEdit edit = new FileEdit("a/b.txt", BEFORE, BEFORE.replace("two", "2").replace("ten", "10"));

    String diff = UnifiedDiff.format(List.of(edit));

    assertThat(diff).contains("\\ No newline at end of file");
    assertThat(UnifiedDiff.apply(diff, SourceFiles.of(Map.of("a/b.txt", BEFORE)))).containsExactly(edit);
  }

  @Test
  void appliesAHunkWhoseLinesMovedByAFew() {
    String diff = UnifiedDiff.format(List.of(new FileEdit("f", BEFORE, BEFORE.replace("six", "6"))));
    String moved = "zero\n" + BEFORE;

    assertThat(UnifiedDiff.apply(diff, SourceFiles.of(Map.of("f", moved))).get(0).after())
        .isEqualTo(moved.replace("six", "6"));
  }

  @Test
  void refusesAHunkWhoseContextDiffersNamingIt() {
    String diff = UnifiedDiff.format(List.of(new FileEdit("f", BEFORE, BEFORE.replace("six", "6"))));

    assertThatThrownBy(() -> UnifiedDiff.apply(diff, SourceFiles.of(Map.of("f", BEFORE.replace("five", "5")))))
        .isInstanceOf(PatchFormatException.class)
        .hasMessage("hunk 1 of f (at line 3) does not match the file: its context or removed lines differ");
  }

  @Test
  void refusesRenamesAndFilesOutsideTheTree() {
    assertThatThrownBy(() -> UnifiedDiff.apply("--- a/x\n+++ b/y\n@@ -1 +1 @@\n-a\n+b\n", SourceFiles.of(Map.of("x", "a\n"))))
        .hasMessageContaining("not rename");
    assertThatThrownBy(() -> UnifiedDiff.apply("--- a/../etc/passwd\n+++ b/../etc/passwd\n@@ -1 +1 @@\n-a\n+b\n",
        SourceFiles.of(Map.of())))
        .hasMessageContaining("not a relative path inside the tree: '../etc/passwd'");
  }

  @Test
  void createsANewFileAsGitWritesOneAndAppliesIt() {
    FileEdit test = FileEdit.creating("src/test/java/a/ATest.java", "class ATest {\n}\n");

    String diff = UnifiedDiff.format(List.of(test));

    assertThat(diff).isEqualTo("diff --git a/src/test/java/a/ATest.java b/src/test/java/a/ATest.java\n"
        + "new file mode 100644\n--- /dev/null\n+++ b/src/test/java/a/ATest.java\n"
        + "@@ -0,0 +1,2 @@\n+class ATest {\n+}\n");
    assertThat(UnifiedDiff.apply(diff, SourceFiles.of(Map.of()))).containsExactly(test);
  }

  @Test
  void refusesToCreateAFileThatIsThereOrOneOutsideTheTreeOrToDeleteOne() {
    String creates = "--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+a\n";

    assertThatThrownBy(() -> UnifiedDiff.apply(creates, SourceFiles.of(Map.of("f", "b\n"))))
        .isInstanceOf(PatchFormatException.class).hasMessage("the diff creates f, which is already in the tree");
    assertThatThrownBy(() -> UnifiedDiff.apply(creates.replace("b/f", "b/.git/hooks/post-checkout"), SourceFiles.of(Map.of())))
        .hasMessage("line 1: not a relative path inside the tree: '.git/hooks/post-checkout'");
    assertThatThrownBy(() -> UnifiedDiff.apply(creates.replace("b/f", "/etc/cron.d/x"), SourceFiles.of(Map.of())))
        .hasMessage("line 1: not a relative path inside the tree: '/etc/cron.d/x'");
    assertThatThrownBy(() -> UnifiedDiff.apply("--- a/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", SourceFiles.of(Map.of("f", "a\n"))))
        .hasMessageContaining("not rename or delete");
  }
}
