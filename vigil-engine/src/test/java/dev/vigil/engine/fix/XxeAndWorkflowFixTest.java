package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XxeAndWorkflowFixTest {
  static final String IMPORTER = """
      package shop;

      import java.io.InputStream;
      import javax.servlet.http.HttpServletRequest;
      import javax.xml.parsers.DocumentBuilder;
      import javax.xml.parsers.DocumentBuilderFactory;
      import org.w3c.dom.Document;

      public class Importer {
        public Document read(HttpServletRequest request) throws Exception {
          InputStream body = request.getInputStream();
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          DocumentBuilder builder = factory.newDocumentBuilder();
          return builder.parse(body);
        }
      }
      """;

  static final String WORKFLOW = """
      name: triage
      on: issues
      jobs:
        label:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab
            - run: |
                echo "New issue: ${{ github.event.issue.title }}"
                ./label.sh ${{ github.event.issue.title }}
      """;

  @Test
  void theParserFactoryRefusesDoctypesRightAfterItIsCreated() {
    Finding finding = Findings.one("java.xxe", "src/Importer.java", IMPORTER);
    RemediationPatch patch = fixed(finding, "src/Importer.java", IMPORTER);

    assertThat(patch.edits().get(0).after()).isEqualTo(IMPORTER.replace(
        "    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();\n",
        "    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();\n"
            + "    factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n"));
    assertThat(Findings.of("java.xxe", "src/Importer.java", patch.edits().get(0).after())).isEmpty();
  }

  @Test
  void aFactoryMadeInsideAChainBecomesAHardenedLocalBeforeIt() {
    String chained = IMPORTER.replace("    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();\n"
        + "    DocumentBuilder builder = factory.newDocumentBuilder();\n",
        "    DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();\n");
    RemediationPatch patch = fixed(Findings.one("java.xxe", "src/Importer.java", chained), "src/Importer.java", chained);

    assertThat(patch.edits().get(0).after()).isEqualTo(chained.replace(
        "    DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();\n",
        "    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();\n"
            + "    factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n"
            + "    DocumentBuilder builder = factory.newDocumentBuilder();\n"));
  }

  @Test
  void aParserReportedWithoutTaintIsHardenedTheSameWay() {
    String loader = IMPORTER.replace("HttpServletRequest request", "InputStream body")
        .replace("    InputStream body = request.getInputStream();\n", "");
    Finding finding = Findings.one("java.xxe-parser", "src/Importer.java", loader);

    assertThat(fixed(finding, "src/Importer.java", loader).edits().get(0).after())
        .contains("factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);");
  }

  @Test
  void withoutTheCheckedExceptionInScopeTheJaxpAttributesBlockExternalDtds() {
    String text = IMPORTER.replace("throws Exception", "throws java.io.IOException, org.xml.sax.SAXException");
    String body = text.replace("DocumentBuilder builder = factory.newDocumentBuilder();",
        "DocumentBuilder builder;\n    try {\n      builder = factory.newDocumentBuilder();\n    } catch (javax.xml.parsers.ParserConfigurationException e) {\n      throw new IllegalStateException(e);\n    }");
    RemediationPatch patch = fixed(Findings.one("java.xxe", "src/Importer.java", body), "src/Importer.java", body);

    String after = patch.edits().get(0).after();
    assertThat(after).contains("factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");")
        .contains("import javax.xml.XMLConstants;\nimport javax.xml.parsers.DocumentBuilder;");
    assertThat(Findings.of("java.xxe", "src/Importer.java", after)).isEmpty();
  }

  @Test
  void theWorkflowExpressionMovesToTheStepsEnvAndIsReadQuoted() {
    String path = ".github/workflows/triage.yml";
    Finding finding = Findings.of("ci.script-injection", path, WORKFLOW).get(0);
    RemediationPatch patch = fixed(finding, path, WORKFLOW);

    assertThat(patch.edits().get(0).after()).isEqualTo("""
        name: triage
        on: issues
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab
              - env:
                  ISSUE_TITLE: ${{ github.event.issue.title }}
                run: |
                  echo "New issue: ${ISSUE_TITLE}"
                  ./label.sh "${ISSUE_TITLE}"
        """);
    assertThat(Findings.of("ci.script-injection", path, patch.edits().get(0).after())).isEmpty();
  }

  @Test
  void aSingleQuotedExpressionIsRefused() {
    String path = ".github/workflows/triage.yml";
    String text = WORKFLOW.replace("echo \"New issue: ${{ github.event.issue.title }}\"", "echo 'New: ${{ github.event.issue.title }}'");
    Finding finding = Findings.of("ci.script-injection", path, text).get(0);

    assertThat(Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, text))))
        .isInstanceOfSatisfying(Proposal.Refused.class, r -> assertThat(r.reason()).contains("single quotes"));
  }

  private static RemediationPatch fixed(Finding finding, String path, String text) {
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, text)));
    assertThat(proposal).as(proposal.toString()).isInstanceOf(Proposal.Fixed.class);
    return ((Proposal.Fixed) proposal).patch();
  }
}
