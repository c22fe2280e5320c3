package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressionTestsTest {
  static final String SERVLET = """
      package shop.web;

      import java.io.IOException;
      import javax.servlet.http.HttpServlet;
      import javax.servlet.http.HttpServletRequest;
      import javax.servlet.http.HttpServletResponse;

      public class BackServlet extends HttpServlet {
          @Override
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
              response.sendRedirect(request.getParameter("next"));
          }
      }
      """;

  static final String PATH = "web/src/main/java/shop/web/BackServlet.java";

  @Test
  void aJunit4ModuleGetsAPublicTestInItsOwnTestFolderWithTheMessageFirst() {
    Finding finding = Findings.one("java.open-redirect", PATH, SERVLET);
    String pom = "<project><dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId>"
        + "<version>4.13.2</version></dependency></dependencies></project>";

    RegressionTests.RegressionTest test = RegressionTests.of(finding,
        SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", pom))).orElseThrow();

    assertThat(test.path()).isEqualTo("web/src/test/java/shop/web/BackServletSecurityTest.java");
    assertThat(test.className()).isEqualTo("shop.web.BackServletSecurityTest");
    assertThat(test.source()).startsWith("package shop.web;\n\nimport static org.junit.Assert.assertTrue;\n\nimport org.junit.Test;\n")
        .contains("public class BackServletSecurityTest {\n    @Test\n    public void untrustedValueCannotRedirectTheVisitorOffTheSite()")
        .contains("javax.servlet.http.HttpServletRequest request = (javax.servlet.http.HttpServletRequest)")
        .contains("new BackServlet().doGet(request, response);")
        .contains("assertTrue(\"redirected off the site: \" + seen, seen.stream().noneMatch(");
    assertThat(JavaUnit.parse(test.path(), test.source())).isPresent();
  }

  @Test
  void aModuleWithoutJunitOrAKindWithoutACheckGetsNone() {
    Finding finding = Findings.one("java.open-redirect", PATH, SERVLET);

    assertThat(RegressionTests.of(finding, SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", "<project/>")))).isEmpty();
    assertThat(RegressionTests.of(new Finding("java.weak-hash", finding.cwe(), finding.severity(), finding.confidence(),
        finding.message(), finding.location(), finding.excerpt(), finding.contextKey(), finding.evidence()),
        SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", "<artifactId>junit-jupiter</artifactId>")))).isEmpty();
  }

  @Test
  void aPatchCarriesItsTestAsANewFileThatThePatchRulesLeaveToTheSandbox() {
    Finding finding = Findings.one("java.open-redirect", PATH, SERVLET);
    SourceFiles files = SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", "<artifactId>junit-jupiter</artifactId>"));
    String fixed = SERVLET.replace("response.sendRedirect(request.getParameter(\"next\"));", "response.sendRedirect(\"/\");");
    RemediationPatch fix = new RemediationPatch(finding.ruleId(), "relative only", java.util.List.of(),
        java.util.List.of(new FileEdit(PATH, SERVLET, fixed)));

    RemediationPatch withTest = RegressionTests.addTo(fix, finding, files);

    assertThat(withTest.files()).containsExactly(PATH, "web/src/test/java/shop/web/BackServletSecurityTest.java");
    assertThat(withTest.edits().get(1).created()).isTrue();
    assertThat(RegressionTests.carried(withTest).orElseThrow().className()).isEqualTo("shop.web.BackServletSecurityTest");
    assertThat(RegressionTests.carried(fix)).isEmpty();
    // The test's catch that keeps the exception is the test's business, not a swallowed error of the fix.
    assertThat(PatchRules.standard().check(finding, withTest)).isEmpty();
    assertThat(PatchRules.standard().check(finding, new RemediationPatch(finding.ruleId(), "only a test",
        java.util.List.of(), java.util.List.of(withTest.edits().get(1)))))
        .containsExactly("it only adds tests, so it fixes nothing in the finding's code");
  }
}
