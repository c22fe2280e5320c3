package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeFilesTest {
  @TempDir Path temp;

  @Test
  void createsAFileWithItsFoldersAndPatchesOneWhoseTextMatches() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("A.java"), "a\n");

    assertThat(TreeFiles.apply(tree, FileEdit.creating("src/test/java/ATest.java", "t\n"))).isTrue();
    assertThat(TreeFiles.apply(tree, new FileEdit("A.java", "a\n", "b\n"))).isTrue();
    assertThat(TreeFiles.apply(tree, new FileEdit("A.java", "a\n", "c\n"))).isFalse();
    assertThat(TreeFiles.apply(tree, FileEdit.creating("A.java", "x\n"))).isFalse();

    assertThat(Files.readString(tree.resolve("src/test/java/ATest.java"))).isEqualTo("t\n");
    assertThat(Files.readString(tree.resolve("A.java"))).isEqualTo("b\n");
  }

  @Test
  void neverWritesThroughASymbolicLinkOutOfTheTree() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("B.java"), "b\n");
    Files.createSymbolicLink(tree.resolve("src"), outside);
    Files.createSymbolicLink(tree.resolve("B.java"), outside.resolve("B.java"));
    Files.createSymbolicLink(tree.resolve("C.java"), outside.resolve("C.java"));

    assertThat(TreeFiles.apply(tree, FileEdit.creating("src/test/ATest.java", "t\n"))).isFalse();
    assertThat(TreeFiles.apply(tree, new FileEdit("B.java", "b\n", "evil\n"))).isFalse();
    assertThat(TreeFiles.apply(tree, FileEdit.creating("C.java", "evil\n"))).isFalse();

    try (var left = Files.list(outside)) {
      assertThat(left).containsExactly(outside.resolve("B.java"));
    }
    assertThat(Files.readString(outside.resolve("B.java"))).isEqualTo("b\n");
  }
}
