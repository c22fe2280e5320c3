package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.taint.TaintFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An object's taint is per field: storing into one field does not taint the getters of others. */
class FieldTaintTest {
  private static final String RECORD = """
      class OperLog {
        private String url;
        private String ip;
        OperLog() {}
        OperLog(String url) { this.url = url; }
        void setUrl(String url) { this.url = url; }
        String getUrl() { return url; }
        String getIp() { return ip; }
        String describe() { return "at " + getUrl(); }
      }
      """;

  private static String servlet(String body) {
    return TaintFixture.IMPORTS + RECORD + """
        public class Handler extends HttpServlet {
          private Connection connection;
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String param = request.getParameter("p");
        """ + body + """
          }
        }
        """;
  }

  @Test
  void aSetterTaintsItsOwnFieldsGetterOnly() {
    assertThat(rules(TaintFixture.analyse(servlet("""
            OperLog log = new OperLog();
            log.setUrl(param);
            connection.createStatement().execute(log.getUrl());
        """)))).containsExactly("java.sql-injection");
    assertThat(TaintFixture.analyse(servlet("""
            OperLog log = new OperLog();
            log.setUrl(param);
            connection.createStatement().execute(log.getIp());
        """))).isEmpty();
  }

  @Test
  void aConstructorArgumentReachesOnlyTheFieldItIsStoredIn() {
    assertThat(rules(TaintFixture.analyse(servlet(
        "connection.createStatement().execute(new OperLog(param).describe());\n"))))
        .containsExactly("java.sql-injection");
    assertThat(TaintFixture.analyse(servlet(
        "connection.createStatement().execute(new OperLog(param).getIp());\n"))).isEmpty();
  }

  @Test
  void aFieldAssignedOnAnotherObjectTaintsThatField() {
    assertThat(rules(TaintFixture.analyse(servlet("""
            OperLog log = new OperLog();
            log.url = param;
            connection.createStatement().execute(log.getUrl());
        """)))).containsExactly("java.sql-injection");
    assertThat(TaintFixture.analyse(servlet("""
            OperLog log = new OperLog();
            log.url = param;
            connection.createStatement().execute(log.getIp());
        """))).isEmpty();
  }
}
