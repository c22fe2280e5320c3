package dev.vigil.engine.validation.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryPointsTest {
  @TempDir Path tree;

  @Test
  void handlerOnTheFlowIsPreferredOverTheHelperHoldingTheSource() throws Exception {
    write("src/main/java/com/acme/Orders.java", """
        package com.acme;

        public class Orders {
          @GetMapping("/orders")
          public String list(String sort, int page) {
            return dao.query(order(sort));
          }

          private static String order(String sort) {
            return "ORDER BY " + sort;
          }

          static class Dao {
            String query(String order, String... extra) {
              return order;
            }
          }
        }
        """);
    Finding finding = finding(step(10), step(6), step(15));

    EntryPoints.Located located = EntryPoints.locate(tree, finding);

    assertThat(located.entry()).contains(new EntryPoint("com.acme.Orders", "list", List.of("String", "int"),
        "src/main/java/com/acme/Orders.java", 4));
  }

  @Test
  void nestedClassMethodIsNamedWithItsBinaryNameAndVarargsAsArrays() throws Exception {
    write("src/main/java/com/acme/Orders.java", """
        package com.acme;

        public class Orders {
          static class Dao {
            String query(String order, String... extra) {
              return order;
            }
          }
        }
        """);

    EntryPoints.Located located = EntryPoints.locate(tree, finding(step(6)));

    assertThat(located.entry().orElseThrow().signature()).isEqualTo("com.acme.Orders$Dao.query(String, String[])");
  }

  @Test
  void evidenceOutsideAnyMethodSaysSo() throws Exception {
    write("src/main/java/com/acme/Orders.java", "package com.acme;\nclass Orders { String f = \"x\"; }\n");

    EntryPoints.Located located = EntryPoints.locate(tree, finding(step(2)));

    assertThat(located.entry()).isEmpty();
    assertThat(located.problem()).isEqualTo("no evidence step of the finding lies in a Java method");
  }

  @Test
  void pathLeavingTheTreeIsNotRead() {
    Finding finding = finding(new EvidenceStep(Location.line("../outside/Secret.java", 1), "x", "source"));

    assertThat(EntryPoints.locate(tree, finding).entry()).isEmpty();
  }

  private void write(String path, String text) throws Exception {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static EvidenceStep step(int line) {
    return new EvidenceStep(Location.line("src/main/java/com/acme/Orders.java", line), "code", "step");
  }

  private static Finding finding(EvidenceStep... steps) {
    return new Finding("java.sql-injection", 89, Severity.CRITICAL, Confidence.HIGH, "SQL injection",
        steps[steps.length - 1].location(), "code", null, List.of(steps));
  }
}
