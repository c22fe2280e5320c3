package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.server.GitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix commit written from a base commit and a diff, and its {@code git format-patch} file read by {@code git am}. */
class FixCommitTest {
  static final String DAO = "src/main/java/shop/Dao.java";
  static final String BEFORE = """
      package shop;

      class Dao {
        String query(String id) {
          return "SELECT * FROM t WHERE id = " + id;
        }
      }
      """;
  static final String DIFF = """
      diff --git a/src/main/java/shop/Dao.java b/src/main/java/shop/Dao.java
      --- a/src/main/java/shop/Dao.java
      +++ b/src/main/java/shop/Dao.java
      @@ -2,6 +2,6 @@
      \s
       class Dao {
         String query(String id) {
      -    return "SELECT * FROM t WHERE id = " + id;
      +    return "SELECT * FROM t WHERE id = ?";
         }
       }
      """;
  static final Instant AT = Instant.parse("2026-12-06T01:02:03Z");
  @TempDir Path temp;

  /** Writes a repository with the DAO, a README and a symbolic link; returns its head. */
  static RevCommit shop(GitFixtures repo) throws Exception {
    repo.write(DAO, BEFORE).write("README.md", "shop\n");
    Files.createSymbolicLink(repo.dir().resolve("link.java"), Path.of(DAO));
    return repo.commit("Add the DAO");
  }

  static FixCommit write(Repository git, String base, String diff) {
    try (ObjectReader reader = git.newObjectReader(); ObjectInserter inserter = git.newObjectInserter()) {
      return FixCommit.write(reader, inserter, base, diff, "Fix java.sql-injection in " + DAO + ":5\n\nBind it.\n", AT);
    }
  }

  @Test
  void theCommitChangesOnlyThePatchedFileOnTopOfTheBase() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);

      FixCommit fix = write(repo.git().getRepository(), base.name(), DIFF);

      Path dir = repo.dir();
      assertThat(GitCommand.run(dir, "rev-parse", fix.id().name() + "^")).isEqualTo(base.name() + "\n");
      assertThat(GitCommand.run(dir, "diff", "--name-only", base.name(), fix.id().name())).isEqualTo(DAO + "\n");
      assertThat(GitCommand.run(dir, "show", fix.id().name() + ":" + DAO)).isEqualTo(BEFORE.replace(" + id;", ";")
          .replace("id = \"", "id = ?\""));
      assertThat(GitCommand.run(dir, "log", "-1", "--format=%an <%ae> %aI%n%B", fix.id().name()))
          .isEqualTo("Vigil <vigil@localhost> 2026-12-06T01:02:03+00:00\nFix java.sql-injection in " + DAO + ":5\n\nBind it.\n\n");
      assertThat(GitCommand.run(dir, "status", "--porcelain")).isEmpty();
      assertThat(write(repo.git().getRepository(), base.name(), DIFF).id()).isEqualTo(fix.id());
    }
  }

  @Test
  void gitAmAppliesTheFormatPatchFileToTheSameTree() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      FixCommit fix = write(repo.git().getRepository(), base.name(), DIFF);
      Path clone = temp.resolve("clone");
      GitCommand.run(temp, "clone", "-q", repo.dir().toString(), clone.toString());
      Path file = temp.resolve(FormatPatch.fileName(fix));
      Files.writeString(file, FormatPatch.of(fix));

      GitCommand.run(clone, "am", "-q", file.toString());

      assertThat(FormatPatch.fileName(fix)).isEqualTo("0001-Fix-java.sql-injection-in-src-main-java-shop-Dao.java-5.patch");
      assertThat(FormatPatch.of(fix)).startsWith("From " + fix.id().name() + " Mon Sep 17 00:00:00 2001\n"
          + "From: Vigil <vigil@localhost>\nDate: Sun, 6 Dec 2026 01:02:03 +0000\n"
          + "Subject: [PATCH] Fix java.sql-injection in " + DAO + ":5\n\nBind it.\n---\n"
          + " " + DAO + " | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n");
      assertThat(GitCommand.run(clone, "rev-parse", "HEAD^{tree}"))
          .isEqualTo(GitCommand.run(repo.dir(), "rev-parse", fix.id().name() + "^{tree}"));
      assertThat(GitCommand.run(clone, "log", "-1", "--format=%an %aI %s"))
          .isEqualTo("Vigil 2026-12-06T01:02:03+00:00 Fix java.sql-injection in " + DAO + ":5\n");
    }
  }

  @Test
  void aDiffThatDoesNotMatchTheBaseOrWritesThroughALinkIsRefused() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      Repository git = repo.git().getRepository();

      assertThatThrownBy(() -> write(git, base.name(), DIFF.replace("String query", "String find")))
          .isInstanceOf(PatchFormatException.class);
      assertThatThrownBy(() -> write(git, base.name(), DIFF.replace(DAO, "link.java")))
          .isInstanceOf(PatchFormatException.class).hasMessageContaining("link.java, which is not in the tree");
    }
  }

  static final String TEST = "src/test/java/shop/DaoSecurityTest.java";
  static final String ADDS_TEST = DIFF + """
      diff --git a/src/test/java/shop/DaoSecurityTest.java b/src/test/java/shop/DaoSecurityTest.java
      new file mode 100644
      --- /dev/null
      +++ b/src/test/java/shop/DaoSecurityTest.java
      @@ -0,0 +1,3 @@
      +package shop;
      +
      +class DaoSecurityTest {}
      """;

  @Test
  void aFileThePatchCreatesIsInTheCommitAndInTheFormatPatchThatGitAmApplies() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      FixCommit fix = write(repo.git().getRepository(), base.name(), ADDS_TEST);
      Path clone = temp.resolve("clone");
      GitCommand.run(temp, "clone", "-q", repo.dir().toString(), clone.toString());
      Path file = temp.resolve(FormatPatch.fileName(fix));
      Files.writeString(file, FormatPatch.of(fix));

      GitCommand.run(clone, "am", "-q", file.toString());

      Path dir = repo.dir();
      assertThat(GitCommand.run(dir, "diff", "--name-status", base.name(), fix.id().name()))
          .isEqualTo("M\t" + DAO + "\nA\t" + TEST + "\n");
      assertThat(GitCommand.run(dir, "ls-tree", fix.id().name(), TEST)).startsWith("100644 blob ");
      assertThat(GitCommand.run(dir, "show", fix.id().name() + ":" + TEST)).isEqualTo("package shop;\n\nclass DaoSecurityTest {}\n");
      assertThat(GitCommand.run(clone, "rev-parse", "HEAD^{tree}"))
          .isEqualTo(GitCommand.run(dir, "rev-parse", fix.id().name() + "^{tree}"));
      // The same sections as Git's own format-patch writes for the commit.
      assertThat(FormatPatch.of(fix)).contains(GitCommand.run(dir, "format-patch", "-1", "--stdout",
          fix.id().name()).lines().dropWhile(l -> !l.startsWith("diff --git a/" + TEST)).takeWhile(l -> !l.equals("-- "))
          .map(l -> l + "\n").reduce("", String::concat));
    }
  }

  @Test
  void aCreatedFileThatCollidesWithTheTreeIsRefused() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      Repository git = repo.git().getRepository();
      String creates = "--- /dev/null\n+++ b/PATH\n@@ -0,0 +1 @@\n+x\n";

      for (String path : java.util.List.of("link.java/x.java", "README.md/x", "src/main/java", "src/main/java/shop/Dao.java/y")) {
        assertThatThrownBy(() -> write(git, base.name(), creates.replace("PATH", path))).as(path)
            .isInstanceOf(PatchFormatException.class).hasMessageContaining("creates " + path);
      }
    }
  }
}
