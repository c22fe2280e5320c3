package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Summaries kept across the commits of a history change no finding: on random histories of a small
 * project (an interface whose implementations come and go, a field written in one file and read in
 * another, sanitizers that stop sanitizing, recursion, overloads), a session that reuses summaries
 * reports at every commit exactly what a session that recomputes them reports, finding by finding
 * and field by field, and what a fresh analysis of that commit's tree reports.
 */
class SummaryCacheTest {
  private static final String P = "package app;\nimport java.sql.*;\nimport javax.servlet.http.*;\n";

  /** Versions of each file; null means the file is absent. */
  private static final Map<String, List<String>> VARIANTS = new TreeMap<>(Map.ofEntries(
      Map.entry("src/app/Web.java", Arrays.asList(null,
          web("Service.handle(request.getParameter(\"q\"));"),
          web("Store s = new DbStore(); s.save(request.getParameter(\"q\"));"),
          web("Store s = Stores.pick(); s.save(Service.pass(request.getParameter(\"q\")));"),
          web("Service.handle(Clean.number(request.getParameter(\"q\"))); Holder.last = request.getHeader(\"h\");"),
          web("Service.handle(Util.deep(request.getParameter(\"q\"), 3));"),
          web("Runtime.getRuntime().exec(Helper.wrap(request.getParameter(\"q\")));"))),
      Map.entry("src/app/Helper.java", Arrays.asList(null,
          P + "public class Helper { public static String wrap(String v) { return \"safe\"; } }",
          P + "public class Helper { public static String wrap(String v) { return v + \"!\"; } }")),
      Map.entry("src/app/Service.java", Arrays.asList(null,
          service("Repo.query(\"SELECT * FROM t WHERE v = '\" + v + \"'\");"),
          service("Holder.last = v; Repo.query(\"SELECT 1\");"),
          service("Stores.pick().save(v);"),
          service("Repo.query(\"SELECT \" + Clean.number(v));"))),
      Map.entry("src/app/Repo.java", Arrays.asList(null,
          repo("connection.createStatement().execute(sql);"),
          repo("connection.createStatement().execute(Holder.last);"),
          repo("connection.prepareStatement(\"SELECT 1\").execute();"))),
      Map.entry("src/app/Clean.java", Arrays.asList(null,
          P + "public class Clean { public static String number(String v) {"
              + " return String.valueOf(Integer.parseInt(v)); } }",
          P + "public class Clean { public static String number(String v) { return v.trim(); } }")),
      Map.entry("src/app/Store.java", Arrays.asList(null, P + "public interface Store { void save(String v); }")),
      Map.entry("src/app/DbStore.java", Arrays.asList(null,
          P + "public class DbStore implements Store { public void save(String v) {"
              + " Repo.query(\"INSERT \" + v); } }",
          P + "public class DbStore implements Store { public void save(String v) {"
              + " Repo.query(\"INSERT \" + Clean.number(v)); } }")),
      Map.entry("src/app/FileStore.java", Arrays.asList(null,
          P + "public class FileStore implements Store { public void save(String v) throws java.io.IOException {"
              + " Runtime.getRuntime().exec(v); } }")),
      Map.entry("src/app/Stores.java", Arrays.asList(null,
          P + "public class Stores { public static Store pick() { return new DbStore(); } }",
          P + "public class Stores { public static Store pick() { return null; } }")),
      Map.entry("src/app/Util.java", Arrays.asList(null,
          P + "public class Util { public static String deep(String v, int n) {"
              + " return n == 0 ? v : deep(v + \"x\", n - 1); } }",
          P + "public class Util { public static String deep(String v, int n) {"
              + " return n == 0 ? \"x\" : deep(v, n - 1); } }")),
      Map.entry("src/app/Holder.java", Arrays.asList(null,
          P + "public class Holder { public static String last = \"\"; }"))));

  private static String web(String body) {
    return P + """
        public class Web extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            %s
          }
        }
        """.formatted(body);
  }

  private static String service(String body) {
    return P + """
        public class Service {
          public static void handle(String v) throws Exception {
            %s
          }
          public static String pass(String v) { return v; }
          public static String pass(Integer v) { return "n"; }
        }
        """.formatted(body);
  }

  private static String repo(String body) {
    return P + """
        public class Repo {
          private static Connection connection;
          public static void query(String sql) throws SQLException {
            %s
          }
        }
        """.formatted(body);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void reusedSummariesFindWhatRecomputedOnesFind(long seed) {
    compareHistories(VARIANTS, seed);
  }

  /**
   * Follows a random 40-commit history over versions of files ({@code variants}, null: absent)
   * with a session that reuses summaries and one that recomputes them, and checks at every commit
   * that both, and a fresh analysis of the tree, report the same findings.
   */
  static void compareHistories(Map<String, List<String>> variants, long seed) {
    Random random = new Random(seed);
    JavaTaintEngine engine = JavaTaintEngine.builtIn();
    SummaryCache cache = new SummaryCache(Long.MAX_VALUE);
    ProjectSession cached = new JavaProjectSession(engine, Long.MAX_VALUE, cache);
    ProjectSession recomputed = new JavaProjectSession(engine, Long.MAX_VALUE, null);
    Map<String, List<Finding>> withCache = new TreeMap<>();
    Map<String, List<Finding>> without = new TreeMap<>();
    Map<String, String> tree = new TreeMap<>();
    List<String> files = List.copyOf(variants.keySet());
    for (String file : files) change(variants, tree, file, 1, cached, recomputed);
    int found = 0;
    for (int commit = 0; commit < 40; commit++) {
      withCache.putAll(cached.analyse().findings());
      without.putAll(recomputed.analyse().findings());
      withCache.values().removeIf(List::isEmpty);
      without.values().removeIf(List::isEmpty);
      assertThat(withCache).as("commit %d, tree %s", commit, tree).isEqualTo(without);
      assertThat(withCache).as("commit %d, tree %s", commit, tree).isEqualTo(fresh(engine, tree));
      found += withCache.size();
      for (int k = 0; k < 1 + random.nextInt(2); k++) {
        String file = files.get(random.nextInt(files.size()));
        change(variants, tree, file, random.nextInt(variants.get(file).size()), cached, recomputed);
      }
    }
    assertThat(found).as("the histories have findings to compare").isPositive();
    assertThat(cache.reuses()).as("summaries were reused").isPositive();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aSummaryIsNotReusedWhenANameItCallsNowMeansAProjectClass(int helper) {
    JavaTaintEngine engine = JavaTaintEngine.builtIn();
    SummaryCache cache = new SummaryCache(Long.MAX_VALUE);
    ProjectSession session = new JavaProjectSession(engine, Long.MAX_VALUE, cache);
    Map<String, String> tree = new TreeMap<>();
    change(VARIANTS, tree, "src/app/Web.java", 6, session);
    List<Finding> before = session.analyse().findings().get("src/app/Web.java");
    int kept = cache.size();
    // Helper.wrap was a library call; now it is the project's: Web, unchanged, is analysed anew.
    change(VARIANTS, tree, "src/app/Helper.java", helper, session);
    Map<String, List<Finding>> found = new TreeMap<>(session.analyse().findings());
    found.values().removeIf(List::isEmpty);
    assertThat(kept).as("Web's summaries were kept").isPositive();
    assertThat(found).isEqualTo(fresh(engine, tree));
    assertThat(found.getOrDefault("src/app/Web.java", List.of()))
        .as("Helper's version %d changes Web's findings", helper).isNotEqualTo(before);
  }

  private static Map<String, List<Finding>> fresh(JavaTaintEngine engine, Map<String, String> tree) {
    ProjectSession session = new JavaProjectSession(engine, Long.MAX_VALUE, null);
    tree.forEach((path, text) -> session.put(context(path, text)));
    Map<String, List<Finding>> found = new TreeMap<>(session.analyse().findings());
    found.values().removeIf(List::isEmpty);
    return found;
  }

  private static void change(Map<String, List<String>> variants, Map<String, String> tree,
      String file, int variant, ProjectSession... sessions) {
    String text = variants.get(file).get(variant);
    for (ProjectSession session : sessions) {
      if (text == null) session.remove(file); else session.put(context(file, text));
    }
    if (text == null) tree.remove(file); else tree.put(file, text);
  }

  private static AnalysisContext context(String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new AnalysisContext(path, Integer.toHexString(Arrays.hashCode(bytes)), bytes);
  }
}
