package dev.vigil.engine.analysis.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A commit that changes only a mapper XML file opens and closes the findings of its callers. */
class MapperHistoryTest {
  private static final String CONTROLLER = """
      package app;
      import org.springframework.web.bind.annotation.*;
      @RestController
      public class UserController {
        private UserMapper mapper;
        @GetMapping("/users")
        public Object users(@RequestParam String sort) {
          return mapper.sorted(sort);
        }
      }
      """;
  private static final String MAPPER = """
      package app;
      public interface UserMapper {
        java.util.List<Object> sorted(String sort);
      }
      """;

  private static String xml(String order) {
    return "<mapper namespace=\"app.UserMapper\"><select id=\"sorted\">SELECT * FROM users ORDER BY "
        + order + "</select></mapper>";
  }

  @Test
  void theCallerIsAnalysedAgainWhenItsStatementChanges() {
    ProjectSession session = JavaTaintAnalyzer.withBuiltInModels().openSession(null);
    put(session, "src/main/java/app/UserController.java", CONTROLLER);
    put(session, "src/main/java/app/UserMapper.java", MAPPER);
    put(session, "src/main/resources/UserMapper.xml", xml("#{sort}"));
    assertThat(session.analyse().findings().get("src/main/java/app/UserController.java")).isEmpty();

    put(session, "src/main/resources/UserMapper.xml", xml("${sort}"));
    ProjectSession.Update opened = session.analyse();
    assertThat(opened.findings().get("src/main/java/app/UserController.java"))
        .extracting(Finding::ruleId, f -> f.location().line()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("java.sql-injection", 8));

    session.remove("src/main/resources/UserMapper.xml");
    assertThat(session.analyse().findings().get("src/main/java/app/UserController.java")).isEmpty();
  }

  private static void put(ProjectSession session, String path, String text) {
    session.put(new AnalysisContext(path, Integer.toHexString(text.hashCode()),
        text.getBytes(StandardCharsets.UTF_8)));
  }
}
