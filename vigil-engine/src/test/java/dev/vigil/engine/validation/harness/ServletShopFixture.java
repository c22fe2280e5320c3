package dev.vigil.engine.validation.harness;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TestRepo;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.ValidationTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Git repository (JGit) of a small Maven servlet project with two commits, scanned as a
 * server scans it (a history pass whose head is the validation's head). The head commit is the
 * test resource folder {@code validation/servlet-shop}: each vulnerable servlet there has a safe
 * look-alike the scanner reports too (SQL: {@code UserSearchServlet} / {@code UserFindServlet},
 * which keeps only letters and digits; command: {@code PingServlet} / {@code ToolVersionServlet},
 * an allow-list; path: {@code InvoiceServlet} / {@code ManualServlet}, a containment check; regular
 * expression: {@code UserFilterServlet} / {@code TagSearchServlet}, which quotes the text by hand).
 * In the first commit {@code UserSearchServlet} also has the {@code doDelete} of
 * {@code validation/servlet-shop-first/UserSearchServlet.doDelete.txt}, a SQL injection that the
 * head removes. Its environment downloads the dependencies in setup and builds offline.
 */
public final class ServletShopFixture {
  public static final String SEARCH = "src/main/java/shop/UserSearchServlet.java";
  public static final String FIND = "src/main/java/shop/UserFindServlet.java";
  public static final String PING = "src/main/java/shop/PingServlet.java";
  public static final String TOOL_VERSION = "src/main/java/shop/ToolVersionServlet.java";
  public static final String INVOICE = "src/main/java/shop/InvoiceServlet.java";
  public static final String MANUAL = "src/main/java/shop/ManualServlet.java";
  public static final String USER_FILTER = "src/main/java/shop/UserFilterServlet.java";
  public static final String TAG_SEARCH = "src/main/java/shop/TagSearchServlet.java";
  /** Setup fetches what the build and the harness's class path resolution need; nothing stays in the tree. */
  public static final String SETUP = "mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=/dev/null"
      + " && rm -rf target";
  public static final String BUILD = "mvn -B -q -o -DskipTests package";

  public final TestRepo repo;
  final List<TrackedFinding> findings;
  public final HeadSnapshot head;

  private ServletShopFixture(TestRepo repo, List<TrackedFinding> findings, HeadSnapshot head) {
    this.repo = repo;
    this.findings = findings;
    this.head = head;
  }

  /** Commits the project's two versions into a new repository in {@code dir} and scans its history. */
  public static ServletShopFixture create(Path dir) throws Exception {
    TestRepo repo = TestRepo.init(dir);
    Path project = resource("servlet-shop");
    commit(repo, project);
    String search = Files.readString(project.resolve(SEARCH));
    repo.write(SEARCH, search.substring(0, search.lastIndexOf('}'))
        + Files.readString(resource("servlet-shop-first").resolve("UserSearchServlet.doDelete.txt")));
    repo.commit("Add the shop's servlets");
    repo.write(SEARCH, search);
    repo.commit("Remove deleting users by name");
    return scanned(repo, AnalyzerRegistry.builtIn().all());
  }

  /**
   * Commits the Maven project in the test resource folder {@code project} into a new repository in
   * {@code dir} and scans it with {@code analyzers}.
   */
  public static ServletShopFixture create(Path dir, String project, List<Analyzer> analyzers) throws Exception {
    TestRepo repo = TestRepo.init(dir);
    commit(repo, Path.of(ServletShopFixture.class.getResource(project).toURI()));
    repo.commit("Add the project");
    return scanned(repo, analyzers);
  }

  private static ServletShopFixture scanned(TestRepo repo, List<Analyzer> analyzers) throws Exception {
    ScanResult scan = new CommitPass(analyzers, new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repo.repository(), HistoryWindow.lastCommits("main", 10), ScanListener.NONE, () -> false);
    return new ServletShopFixture(repo, scan.findings(), HeadSnapshot.of(scan));
  }

  private static Path resource(String name) throws Exception {
    return Path.of(ServletShopFixture.class.getResource("/validation/" + name).toURI());
  }

  private static void commit(TestRepo repo, Path project) throws Exception {
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
  }

  /** Returns the Git folder of the repository. */
  public Path gitDir() {
    return repo.repository().getDirectory().toPath();
  }

  /** Returns the scan's finding of {@code ruleId} in {@code path}, at the head or gone, as a validation target. */
  ValidationTarget target(String ruleId, String path, boolean presentAtHead) {
    TrackedFinding found = findings.stream()
        .filter(f -> f.finding().ruleId().equals(ruleId) && f.finding().location().path().equals(path)
            && f.presentAtHead() == presentAtHead)
        .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " in " + path + " among "
            + findings.stream().map(f -> f.finding().ruleId() + "@" + f.finding().location().path()
                + (f.presentAtHead() ? "" : " (gone)")).toList()));
    return new ValidationTarget(found.fingerprint(), found.finding());
  }

  /** Returns the scan's finding of {@code ruleId} in {@code path} present at the head. */
  public ValidationTarget target(String ruleId, String path) {
    return target(ruleId, path, true);
  }
}
