package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A session whose tree outgrows the memory it may keep analyses files alone from then on. */
class JavaProjectSessionTest {
  private static final String CONTROLLER = """
      package app;
      import javax.servlet.http.*;
      public class Controller extends HttpServlet {
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
          Store.save(request.getParameter("q"));
          Runtime.getRuntime().exec(request.getParameter("cmd"));
        }
      }
      """;
  private static final String STORE = """
      package app;
      import java.sql.*;
      public class Store {
        static Connection connection;
        static void save(String v) throws SQLException {
          connection.createStatement().execute("INSERT INTO t VALUES ('" + v + "')");
        }
      }
      """;

  @Test
  void withRoomTheFlowAcrossFilesIsFound() {
    ProjectSession.Update update = analyse(new JavaProjectSession(JavaTaintEngine.builtIn(), 1_000_000));

    assertThat(update.failures()).isEmpty();
    assertThat(update.findings().get("Controller.java")).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("java.command-injection", "java.sql-injection");
  }

  @Test
  void pastTheLimitFilesAreAnalysedAloneAndTheScanIsTold() {
    long limit = CONTROLLER.length() + 10;
    ProjectSession session = new JavaProjectSession(JavaTaintEngine.builtIn(), limit);
    ProjectSession.Update update = analyse(session);

    assertThat(update.findings().get("Controller.java")).extracting(Finding::ruleId)
        .containsExactly("java.command-injection");
    assertThat(update.findings().get("Store.java")).isEmpty();
    assertThat(update.failures()).containsOnlyKeys("Store.java");
    assertThat(update.failures().get("Store.java")).contains("analysed one by one")
        .contains("without flows across files");

    session.remove("Store.java");
    ProjectSession.Update next = session.analyse();
    assertThat(next.findings()).containsOnlyKeys("Store.java");
    assertThat(next.failures()).isEmpty();
  }

  private static ProjectSession.Update analyse(ProjectSession session) {
    session.put(context("Controller.java", CONTROLLER));
    session.put(context("Store.java", STORE));
    return session.analyse();
  }

  private static AnalysisContext context(String path, String text) {
    return new AnalysisContext(path, Integer.toHexString(text.hashCode()), text.getBytes(StandardCharsets.UTF_8));
  }
}
