package dev.vigil.engine.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeOwnersTest {
  /** GitHub's documented example, rule for rule. */
  private static final CodeOwners GITHUB_EXAMPLE = CodeOwners.parse("CODEOWNERS", """
      # This is a comment.
      *       @global-owner1 @global-owner2
      *.js    @js-owner #This is an inline comment.
      *.go docs@example.com
      *.txt @octo-org/octocats
      /build/logs/ @doctocat
      docs/*  docs@example.com
      apps/ @octocat
      /docs/ @doctocat
      /scripts/ @doctocat @octocat
      **/logs @octocat
      /apps/ @octocat
      /apps/github
      """);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "README.md | @global-owner1 @global-owner2",
      "src/app/main.js | @js-owner",
      "main.go | docs@example.com",
      "notes/a.txt | @octo-org/octocats",
      "build/logs/x/out.bin | @octocat",
      "build/logsx/out.bin | @global-owner1 @global-owner2",
      "docs/getting-started.md | @doctocat",
      "lib/docs/getting-started.md | @global-owner1 @global-owner2",
      "lib/apps/tool.py | @octocat",
      "scripts/deploy/run.sh | @doctocat @octocat",
      "scriptsx/run.sh | @global-owner1 @global-owner2",
      "deeply/nested/logs/access.log | @octocat",
      "apps/tool.py | @octocat",
      "apps/github/hub.py | ''"})
  void lastMatchingRuleGivesTheOwners(String path, String owners) {
    List<String> expected = owners.isBlank() ? List.of() : List.of(owners.split(" "));

    assertThat(GITHUB_EXAMPLE.ownersOf(path)).isEqualTo(expected);
  }

  @Test
  void starAtTheEndCoversAFoldersOwnFilesButNotDeeperOnes() {
    CodeOwners owners = CodeOwners.parse("CODEOWNERS", "* @all\ndocs/* @writers\n");

    assertThat(owners.ownersOf("docs/getting-started.md")).containsExactly("@writers");
    assertThat(owners.ownersOf("docs/build-app/troubleshooting.md")).containsExactly("@all");
  }

  @Test
  void anchoredAndFolderOnlyPatternsFollowGitignore() {
    CodeOwners owners = CodeOwners.parse("CODEOWNERS", """
        src/main/ @main
        /config @config
        vendor/ @vendor
        **/test/**/*.java @testers
        a?c.md @single
        """);

    assertThat(owners.ownersOf("src/main/App.java")).containsExactly("@main");
    assertThat(owners.ownersOf("lib/src/main/App.java")).isEmpty();
    assertThat(owners.ownersOf("config")).containsExactly("@config");
    assertThat(owners.ownersOf("config/app.yml")).containsExactly("@config");
    assertThat(owners.ownersOf("web/config/app.yml")).isEmpty();
    assertThat(owners.ownersOf("vendor")).as("a file named like a folder-only pattern").isEmpty();
    assertThat(owners.ownersOf("lib/vendor/x.js")).containsExactly("@vendor");
    assertThat(owners.ownersOf("core/test/java/a/B.java")).containsExactly("@testers");
    assertThat(owners.ownersOf("core/test/B.java")).containsExactly("@testers");
    assertThat(owners.ownersOf("abc.md")).containsExactly("@single");
    assertThat(owners.ownersOf("ac.md")).isEmpty();
  }

  @Test
  void linesGitHubRejectsAreSkippedAndReported() {
    CodeOwners owners = CodeOwners.parse(".github/CODEOWNERS", """
        * @all
        !secret/ @nobody
        [abc].txt @ranges
        *.md @writers not-an-owner
        """);

    assertThat(owners.ownersOf("secret/key.pem")).containsExactly("@all");
    assertThat(owners.ownersOf("a.txt")).containsExactly("@all");
    assertThat(owners.ownersOf("README.md")).containsExactly("@writers");
    assertThat(owners.problems()).containsExactly(
        "line 2: negation (!) is not supported; the line is ignored",
        "line 3: character ranges ([ ]) are not supported; the line is ignored",
        "line 4: 'not-an-owner' is not a user, team or e-mail address");
  }

  @Test
  void aHostilePatternIsMatchedInTimeProportionalToItsSize() {
    String stars = "*a".repeat(400) + "*b";
    CodeOwners owners = CodeOwners.parse("CODEOWNERS", stars + " @x\n");

    assertThat(owners.ownersOf("dir/" + "a".repeat(4000))).isEmpty();
    assertThat(owners.ownersOf("dir/" + "a".repeat(4000) + "b")).containsExactly("@x");
  }

  @Test
  void teamsAreOrgSlashName() {
    assertThat(CodeOwners.isTeam("@acme/payments")).isTrue();
    assertThat(CodeOwners.isTeam("@alice")).isFalse();
    assertThat(CodeOwners.isTeam("alice@example.com")).isFalse();
  }

  @Test
  void fileIsReadAtACommitOfABareRepositoryFromGitHubsFirstLocation(@TempDir Path temp) throws Exception {
    Path work = temp.resolve("work");
    ObjectId first;
    ObjectId second;
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      write(work, "CODEOWNERS", "* @root-owner\n");
      write(work, "docs/CODEOWNERS", "* @docs-owner\n");
      write(work, "src/App.java", "class App {}\n");
      first = commit(git, "root and docs");
      write(work, ".github/CODEOWNERS", "* @acme/platform\nsrc/ @alice\n");
      second = commit(git, "a .github file wins");
    }
    Path bare = temp.resolve("bare.git");
    Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

    try (Repository repository = Git.open(bare.toFile()).getRepository()) {
      CodeOwners atFirst = CodeOwners.at(repository, first);
      CodeOwners atSecond = CodeOwners.at(repository, second);

      assertThat(atFirst.source()).contains("CODEOWNERS");
      assertThat(atFirst.ownersOf("src/App.java")).containsExactly("@root-owner");
      assertThat(atSecond.source()).contains(".github/CODEOWNERS");
      assertThat(atSecond.ownersOf("src/App.java")).containsExactly("@alice");
      assertThat(atSecond.ownersOf("README.md")).containsExactly("@acme/platform");
    }
  }

  @Test
  void aRepositoryWithoutTheFileHasNoOwners(@TempDir Path temp) throws Exception {
    try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
      write(temp, "README.md", "hi\n");
      ObjectId commit = commit(git, "start");

      CodeOwners owners = CodeOwners.at(git.getRepository(), commit);

      assertThat(owners.source()).isEmpty();
      assertThat(owners.ownersOf("README.md")).isEmpty();
    }
  }

  private static void write(Path root, String path, String content) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static ObjectId commit(Git git, String message) throws Exception {
    PersonIdent author = new PersonIdent("Ada", "ada@example.org");
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call().getId();
  }
}
