package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectionFixTest {
  static final String USERS = """
      package shop;

      import java.sql.Connection;
      import java.sql.ResultSet;
      import java.sql.Statement;
      import javax.servlet.http.HttpServletRequest;

      public class Users {
        private Connection connection;

        public boolean exists(HttpServletRequest request) throws Exception {
          String name = request.getParameter("name");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM users WHERE name = '" + name + "'");
          return rows.next();
        }
      }
      """;

  static final String PING = """
      package shop;

      import java.io.IOException;
      import javax.servlet.http.HttpServletRequest;

      public class Ping {
        public Process ping(HttpServletRequest request) throws IOException {
          String host = request.getParameter("host");
          return new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
        }
      }
      """;

  @Test
  void theSqlFixRemovesTheStatementImportItLeftUnusedAndKeepsTheOthers() {
    RemediationPatch patch = fixed("java.sql-injection", "src/Users.java", USERS);
    String after = patch.edits().get(0).after();

    assertThat(after).doesNotContain("import java.sql.Statement;")
        .contains("import java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\n")
        .contains("PreparedStatement statement = connection.prepareStatement(\"SELECT id FROM users WHERE name = ?\");")
        .contains("statement.setString(1, name);");
    assertThat(Findings.of("java.sql-injection", "src/Users.java", after)).isEmpty();
  }

  @Test
  void unusedImportsTheFileAlreadyHadStay() {
    String before = "import java.util.List;\nimport java.util.Map;\nclass A { Map<String, String> m; }\n";
    String after = "import java.util.List;\nimport java.util.Map;\nclass A { Object m; }\n";

    assertThat(UnusedImports.removeNewlyUnused(before, after)).isEqualTo("import java.util.List;\nclass A { Object m; }\n");
  }

  @Test
  void theCommandFixRunsTheProgramWithAnArgumentListThatIsNoLongerAFinding() {
    RemediationPatch patch = fixed("java.command-injection", "src/Ping.java", PING);
    String after = patch.edits().get(0).after();

    assertThat(after).contains("return new ProcessBuilder(\"ping\", \"-c\", \"1\", \"--\", host).start();");
    assertThat(Findings.of("java.command-injection", "src/Ping.java", after)).isEmpty();
  }

  private static RemediationPatch fixed(String rule, String path, String text) {
    Finding finding = Findings.one(rule, path, text);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, text)));
    assertThat(proposal).isInstanceOf(Proposal.Fixed.class);
    return ((Proposal.Fixed) proposal).patch();
  }
}
