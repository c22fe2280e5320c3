package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.taint.TaintFixture.rules;
import static dev.vigil.engine.analysis.java.taint.TaintFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Summaries: parameter to return, to field, to sink; interfaces; calls across files. */
class InterproceduralTest {
  @Test
  void parameterFlowsToTheReturnedValue() {
    String members = "  static String wrap(String v) { return \"[\" + v + \"]\"; }\n"
        + "  static String ignore(String v) { return \"[]\"; }\n";
    assertThat(rules(run("connection.createStatement().execute(wrap(param));", members)))
        .containsExactly("java.sql-injection");
    assertThat(run("connection.createStatement().execute(ignore(param));", members)).isEmpty();
  }

  @Test
  void parameterReachesASinkInsideTheCallee() {
    String members = """
          private void delete(String id) throws Exception {
            connection.createStatement().execute("DELETE FROM t WHERE id = " + id);
          }
        """;
    List<Finding> found = run("delete(param);", members);
    assertThat(rules(found)).containsExactly("java.sql-injection");
    assertThat(run("delete(\"42\");", members)).isEmpty();
  }

  @Test
  void callThroughAnInterfaceWithOneImplementationReachesIt() {
    String source = TaintFixture.IMPORTS + """
        interface Thing { String process(String v); }
        class ThingImpl implements Thing { public String process(String v) { return v.trim(); } }
        class Factory { static Thing create() { return new ThingImpl(); } }
        public class Handler extends HttpServlet {
          private Connection connection;
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            Thing thing = Factory.create();
            String bar = thing.process(request.getParameter("p"));
            connection.createStatement().execute(bar);
          }
        }
        """;
    assertThat(rules(TaintFixture.analyse(source))).containsExactly("java.sql-injection");
  }

  @Test
  void aCallOnAReceiverOfUnknownTypeIsNotTheCallingMethod() {
    String source = TaintFixture.IMPORTS + """
        public class Handler extends com.example.LibraryServlet {
          private Connection connection;
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            connection.createStatement().execute(select(request.getParameter("p")));
          }
          String select(String where) {
            return inheritedDao.select("SELECT * FROM t WHERE " + where);
          }
        }
        """;
    assertThat(rules(TaintFixture.analyse(source))).containsExactly("java.sql-injection");
  }

  @Test
  void projectAnalysisFollowsCallsAcrossFiles() {
    String controller = """
        package app.web;
        import app.data.UserRepository;
        import javax.servlet.http.*;
        public class UserServlet extends HttpServlet {
          private final UserRepository users = new UserRepository();
          protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            users.findByName(request.getParameter("name"));
          }
        }
        """;
    String repository = """
        package app.data;
        import java.sql.*;
        public class UserRepository {
          private Connection connection;
          public ResultSet findByName(String name) {
            try {
              return connection.createStatement().executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
            } catch (SQLException e) { throw new IllegalStateException(e); }
          }
        }
        """;
    JavaProject project = JavaProject.of(Map.of("src/app/web/UserServlet.java", controller,
        "src/app/data/UserRepository.java", repository));
    List<Finding> findings = project.findings();
    assertThat(rules(findings)).containsExactly("java.sql-injection");
    Finding f = findings.get(0);
    assertThat(f.location().path()).isEqualTo("src/app/data/UserRepository.java");
    assertThat(f.evidence().get(0).location().path()).isEqualTo("src/app/web/UserServlet.java");
    assertThat(f.message()).contains("UserServlet.doGet(HttpServletRequest, HttpServletResponse)");
    assertThat(project.findingsIn("src/app/data/UserRepository.java")).hasSize(1);
    assertThat(project.findingsIn("src/app/web/UserServlet.java")).hasSize(1);
    assertThat(TaintFixture.ANALYZER.analyze(new dev.vigil.engine.analysis.AnalysisContext(
        "src/app/data/UserRepository.java", "b", repository.getBytes()))).isEmpty();
  }

  @Test
  void unparsableFilesAreLeftOutOfAProjectAndReported() {
    JavaProject project = JavaProject.of(Map.of("A.java", "class A { void f( }"));
    assertThat(project.findings()).isEmpty();
    assertThat(project.problems()).singleElement().asString()
        .startsWith("A.java: not analysed: does not parse as Java: line 1");
  }
}
