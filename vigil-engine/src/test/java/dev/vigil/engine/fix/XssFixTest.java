package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XssFixTest {
  static final String CARD = """
      package shop;

      import java.io.IOException;
      import javax.servlet.http.HttpServlet;
      import javax.servlet.http.HttpServletRequest;
      import javax.servlet.http.HttpServletResponse;

      public class CardServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
          String site = request.getParameter("site");
          response.setContentType("text/html");
          response.getWriter().println("<a href=\\"" + site + "\\">" + site + "</a>");
        }
      }
      """;

  static final String POM = """
      <project>
        <dependencies>
          <dependency>
            <groupId>javax.servlet</groupId>
            <artifactId>javax.servlet-api</artifactId>
          </dependency>
        </dependencies>
      </project>
      """;

  @Test
  void eachValueIsEncodedForItsPlaceAndTheEncoderIsAddedToThePom() {
    Finding finding = Findings.one("java.xss", "src/main/java/shop/CardServlet.java", CARD);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of(
        "src/main/java/shop/CardServlet.java", CARD, "pom.xml", POM)));

    RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
    assertThat(patch.edit("src/main/java/shop/CardServlet.java").orElseThrow().after())
        .contains("println(\"<a href=\\\"\" + Encode.forHtmlAttribute(site) + \"\\\">\" + Encode.forHtml(site) + \"</a>\");")
        .contains("import javax.servlet.http.HttpServletResponse;\nimport org.owasp.encoder.Encode;\n");
    assertThat(patch.edit("pom.xml").orElseThrow().after()).contains("""
            </dependency>
            <dependency>
              <groupId>org.owasp.encoder</groupId>
              <artifactId>encoder</artifactId>
              <version>1.3.1</version>
            </dependency>
          </dependencies>
        """);
  }

  @Test
  void aPageBuiltBeforeTheWriteIsRefusedRatherThanEncodedWhole() {
    String text = CARD.replace("response.getWriter().println(\"<a href=\\\"\" + site + \"\\\">\" + site + \"</a>\");",
        "StringBuilder html = new StringBuilder(\"<p>\").append(site);\n    response.getWriter().write(html.toString());");
    Finding finding = Findings.one("java.xss", "src/main/java/shop/CardServlet.java", text);

    assertThat(Remediation.standard().propose(finding, SourceFiles.of(Map.of("src/main/java/shop/CardServlet.java", text,
        "pom.xml", POM)))).isInstanceOfSatisfying(Proposal.Refused.class,
            r -> assertThat(r.reason()).contains("holds HTML built before the call"));
  }

  @Test
  void aGradleModuleGetsTheEncoderAsAnImplementationLineQuotedLikeItsNeighbours() {
    String groovy = """
        plugins {
            id 'java'
        }

        dependencies {
            compileOnly 'javax.servlet:javax.servlet-api:4.0.1'
            testImplementation "junit:junit:4.13.2"
        }
        """;
    String kts = """
        dependencies {
          compileOnly("javax.servlet:javax.servlet-api:4.0.1")
        }
        """;

    assertThat(buildAfter("web/build.gradle", groovy)).isEqualTo(groovy.replace("4.13.2\"\n",
        "4.13.2\"\n    implementation 'org.owasp.encoder:encoder:1.3.1'\n"));
    assertThat(buildAfter("web/build.gradle.kts", kts)).isEqualTo(kts.replace("4.0.1\")\n",
        "4.0.1\")\n  implementation(\"org.owasp.encoder:encoder:1.3.1\")\n"));
  }

  @Test
  void aGradleBuildWhoseCatalogHasTheEncoderGetsNoNewLine() {
    String path = "web/src/main/java/shop/CardServlet.java";
    Finding finding = Findings.one("java.xss", path, CARD);
    RemediationPatch patch = ((Proposal.Fixed) Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, CARD,
        "web/build.gradle", "dependencies {\n    implementation libs.encoder\n}\n",
        "gradle/libs.versions.toml", "[libraries]\nencoder = \"org.owasp.encoder:encoder:1.2.3\"\n")))).patch();

    assertThat(patch.files()).containsExactly(path);
  }

  @Test
  void aSpringHandlersReturnedHtmlIsEncodedButAScriptResponseIsRefused() {
    String controller = """
        package shop;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RequestParam;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        public class GreetingController {
          @GetMapping(value = "/greet", produces = "text/html")
          public String greet(@RequestParam String name) {
            return "<h1>Hello, " + name + "!</h1>";
          }

          @GetMapping(value = "/status.js", produces = "application/javascript")
          public String status(@RequestParam String callback) {
            return callback + "({});";
          }
        }
        """;
    String path = "src/main/java/shop/GreetingController.java";
    java.util.List<Finding> findings = Findings.of("java.xss", path, controller);
    SourceFiles files = SourceFiles.of(Map.of(path, controller, "pom.xml", POM));

    assertThat(findings).hasSize(2);
    RemediationPatch patch = ((Proposal.Fixed) Remediation.standard().propose(findings.get(0), files)).patch();
    assertThat(patch.edit(path).orElseThrow().after()).contains("return \"<h1>Hello, \" + Encode.forHtml(name) + \"!</h1>\";");
    assertThat(Remediation.standard().propose(findings.get(1), files)).isInstanceOf(Proposal.Refused.class)
        .asString().contains("the handler's response is not HTML");
  }

  private static String buildAfter(String buildPath, String build) {
    String path = "web/src/main/java/shop/CardServlet.java";
    Finding finding = Findings.one("java.xss", path, CARD);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, CARD, buildPath, build)));
    assertThat(proposal).isInstanceOf(Proposal.Fixed.class);
    RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
    assertThat(PatchRules.standard().check(finding, patch)).isEmpty();
    return patch.edit(buildPath).orElseThrow().after();
  }
}
