package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeShapeTest {
  @Test
  void abstractsVariablesAndLiteralsButKeepsCallsTypesAndKeywords() {
    assertThat(CodeShape.of("java.sql-injection",
        "stmt.executeQuery(\"SELECT * FROM users WHERE id=\" + id)").shape())
        .isEqualTo("_.executeQuery(\"_\"+_)");
    assertThat(CodeShape.of("r", "return new File(base, name + 'x' + 42); // note").shape())
        .isEqualTo("return new File(_,_+'_'+0);");
  }

  @Test
  void sameRuleOnSameShapeLooksAlike() {
    assertThat(CodeShape.of("java.xss", "out.println(req.getParameter(\"q\"));"))
        .isEqualTo(CodeShape.of("java.xss", "writer.println( request.getParameter( \"name\" ) );"));
  }

  @Test
  void otherRuleOrOtherCallIsNotALookAlike() {
    CodeShape shape = CodeShape.of("java.xss", "out.println(req.getParameter(\"q\"));");

    assertThat(CodeShape.of("java.log-injection", "out.println(req.getParameter(\"q\"));")).isNotEqualTo(shape);
    assertThat(CodeShape.of("java.xss", "out.println(req.getHeader(\"q\"));")).isNotEqualTo(shape);
  }
}
