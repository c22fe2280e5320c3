package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import java.util.regex.Pattern;
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

    RegressionTests.RegressionTest test = (RegressionTests.RegressionTest) RegressionTests.of(finding,
        SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", pom)));

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

    assertThat(RegressionTests.of(finding, SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", "<project/>"))))
        .isEqualTo(new RegressionTests.Declined("the module's build file declares no JUnit 4 or 5 test dependency"));
    assertThat(RegressionTests.of(new Finding("java.weak-hash", finding.cwe(), finding.severity(), finding.confidence(),
        finding.message(), finding.location(), finding.excerpt(), finding.contextKey(), finding.evidence()),
        SourceFiles.of(Map.of(PATH, SERVLET, "web/pom.xml", "<artifactId>junit-jupiter</artifactId>"))))
        .isInstanceOf(RegressionTests.Declined.class);
  }

  @Test
  void aSpringHandlerIsCalledWithTheValueInItsAnnotatedParameterAndItsReturnedTextChecked() {
    String controller = """
        package shop.api;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RequestParam;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        public class StatusController {
          @GetMapping("/api/status.js")
          public String status(@RequestParam int version, @RequestParam(defaultValue = "cb") String callback) {
            return callback + "({\\"version\\":" + version + "});";
          }
        }
        """;
    String path = "src/main/java/shop/api/StatusController.java";
    RegressionTests.RegressionTest test = written("java.xss", path, controller, "build.gradle",
        "dependencies {\n  testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'\n}\n");

    assertThat(test.path()).isEqualTo("src/test/java/shop/api/StatusControllerSecurityTest.java");
    assertThat(test.source()).contains("import org.junit.jupiter.api.Test;")
        .contains("import org.springframework.web.bind.annotation.RequestParam;\n")
        .contains("returned = new StatusController().status(argument(int.class, false), argument(String.class, true));")
        .contains("&& !String.valueOf(returned).contains(payload), \"the response echoes the script: \" + body);")
        .contains("passed as its parameter callback,");
    assertThat(JavaUnit.parse(test.path(), test.source())).isPresent();
  }

  @Test
  void aJaxRsResourceWithGenericParametersGetsCastArgumentsAndAStaticMethodNoInstance() {
    String resource = """
        package shop.rest;

        import java.io.File;
        import java.util.Map;
        import javax.ws.rs.GET;
        import javax.ws.rs.Path;
        import javax.ws.rs.QueryParam;

        @Path("/reports")
        public class ReportResource {
          @GET
          public static String read(Map<String, String> options, @QueryParam("name") String name) throws Exception {
            return new String(java.nio.file.Files.readAllBytes(new File("/srv/reports", name).toPath()));
          }
        }
        """;
    String path = "src/main/java/shop/rest/ReportResource.java";
    RegressionTests.RegressionTest test = written("java.path-injection", path, resource, "pom.xml",
        "<artifactId>junit</artifactId>");

    assertThat(test.source()).contains("import org.junit.Test;")
        .contains("returned = ReportResource.read((Map<String, String>) argument(Map.class, false), argument(String.class, true));")
        .contains("assertTrue(\"the path was not refused: \" + thrown, thrown instanceof IllegalArgumentException);");
  }

  @Test
  void anXxeTestServesTheExternalEntityOnTheLoopbackAndAssertsNobodyFetchedIt() {
    String importer = """
        package shop.orders;

        import java.io.InputStream;
        import javax.xml.parsers.DocumentBuilderFactory;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RequestBody;
        import org.w3c.dom.Document;

        public class OrderReader {
          @PostMapping("/orders")
          public int count(@RequestBody InputStream xml) throws Exception {
            Document order = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
            return order.getDocumentElement().getChildNodes().getLength();
          }
        }
        """;
    String path = "src/main/java/shop/orders/OrderReader.java";
    RegressionTests.RegressionTest test = written("java.xxe", path, importer, "pom.xml", "<artifactId>junit-jupiter</artifactId>");

    assertThat(test.source()).contains("com.sun.net.httpserver.HttpServer listener")
        .contains("returned = new OrderReader().count(argument(InputStream.class, true));")
        .contains("<!ENTITY probe SYSTEM \\\"\" + probe + \"\\\">]>")
        .contains("listener.stop(0);\n    assertTrue(requests.isEmpty(), \"the parser fetched the external entity: \" + requests);");
    assertThat(JavaUnit.parse(test.path(), test.source())).isPresent();
  }

  @Test
  void aPlainMethodWhoseParserHasNoHardeningIsCalledWithTheDocumentInTheParameterItParses() {
    String loader = """
        package shop.xml;

        import java.io.InputStream;
        import javax.xml.parsers.DocumentBuilderFactory;
        import org.w3c.dom.Document;

        public class Loader {
          public Document load(String name, InputStream in) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            return factory.newDocumentBuilder().parse(in, name);
          }
        }
        """;
    RegressionTests.RegressionTest test = written("java.xxe-parser", "src/main/java/shop/xml/Loader.java", loader,
        "pom.xml", "<artifactId>junit-jupiter</artifactId>");

    assertThat(test.source()).contains("returned = new Loader().load(argument(String.class, false), "
        + "argument(InputStream.class, true));").contains("assertTrue(requests.isEmpty()");
  }

  @Test
  void aClassWhoseDependenciesAreInjectedGetsNoTestAndTheReason() {
    String controller = """
        package shop.api;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RequestParam;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        public class ExportController {
          private final String root;

          public ExportController(String root) {
            this.root = root;
          }

          @GetMapping("/export")
          public String export(@RequestParam String name) throws Exception {
            Runtime.getRuntime().exec("tar czf /tmp/export.tgz " + root + "/" + name);
            return "ok";
          }
        }
        """;
    String path = "src/main/java/shop/api/ExportController.java";
    Finding finding = Findings.one("java.command-injection", path, controller);

    assertThat(RegressionTests.of(finding, SourceFiles.of(Map.of(path, controller, "pom.xml", "<artifactId>junit</artifactId>"))))
        .isEqualTo(new RegressionTests.Declined("ExportController has no constructor without arguments (its dependencies"
            + " are injected), so a test cannot create it without the project's own wiring"));
  }

  private static RegressionTests.RegressionTest written(String rule, String path, String source, String buildFile,
      String build) {
    Finding finding = Findings.one(rule, path, source);
    RegressionTests.Outcome outcome = RegressionTests.of(finding, SourceFiles.of(Map.of(path, source, buildFile, build)));
    assertThat(outcome).as(finding.evidence().toString()).isInstanceOf(RegressionTests.RegressionTest.class);
    return (RegressionTests.RegressionTest) outcome;
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
