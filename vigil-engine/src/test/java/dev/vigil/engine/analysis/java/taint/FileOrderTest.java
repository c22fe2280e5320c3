package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same files give the same findings, with the same sources, whatever order they come in. */
class FileOrderTest {
  /** Two mutually recursive helpers: the summary of the one reached second depends on the first. */
  private static final Map<String, String> FILES = Map.of(
      "src/app/A.java", """
          package app;
          public class A {
            public static String f(String v, int n) { if (n > 0) return B.g(v, n - 1); return v; }
          }
          """,
      "src/app/B.java", """
          package app;
          public class B {
            public static String g(String v, int n) { if (n > 0) return A.f(v, n - 1); return "k"; }
          }
          """,
      "src/app/Web.java", """
          package app;
          import javax.servlet.http.*;
          import java.sql.Connection;
          import org.slf4j.Logger;
          public class Web extends HttpServlet {
            private Connection connection;
            private Logger log;
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
              connection.createStatement().execute(B.g(request.getParameter("q"), 3));
              String a = request.getParameter("a"), b = request.getParameter("b");
              String c = request.getParameter("c"), d = request.getParameter("d");
              String e = request.getParameter("e");
              log.info("values " + e + d + c + b + a);
            }
          }
          """);

  @Test
  void recursiveHelpersGiveTheSameFindingsInEveryFileOrder() {
    List<String> paths = new ArrayList<>(FILES.keySet());
    Collections.sort(paths);
    List<String> expected = findings(paths);
    assertThat(expected).anyMatch(f -> f.startsWith("java.sql-injection src/app/Web.java:9"));
    assertThat(expected).anyMatch(f -> f.startsWith("java.log-injection src/app/Web.java:13"));
    Random random = new Random(11);
    for (int i = 0; i < 6; i++) {
      Collections.shuffle(paths, random);
      assertThat(findings(paths)).as("order %s", paths).isEqualTo(expected);
    }
  }

  private static List<String> findings(List<String> order) {
    Map<String, String> sources = new LinkedHashMap<>();
    order.forEach(path -> sources.put(path, FILES.get(path)));
    List<String> found = new ArrayList<>();
    for (Finding f : JavaProject.of(sources).findings()) {
      found.add(f.ruleId() + " " + f.location().path() + ":" + f.location().line() + " " + f.message()
          + " " + f.evidence().get(0).location());
    }
    Collections.sort(found);
    return found;
  }
}
