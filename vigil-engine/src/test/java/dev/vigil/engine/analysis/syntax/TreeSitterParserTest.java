package dev.vigil.engine.analysis.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreeSitterParserTest {
  private final TreeSitterParser parser = TreeSitterParser.withDefaultLimits();

  @Test
  void copiesNamedNodesFieldsAndPositions() {
    SyntaxTree tree = parser.parse("a.py", "x = request.args.get('id')\n", Grammar.PYTHON, 5_000);
    SyntaxNode assignment = tree.root().children().get(0).children().get(0);
    assertThat(assignment.type()).isEqualTo("assignment");
    assertThat(assignment.child("left").text()).isEqualTo("x");
    assertThat(assignment.child("right").type()).isEqualTo("call");
    assertThat(assignment.line()).isEqualTo(1);
    assertThat(assignment.child("right").column()).isEqualTo(5);
  }

  @Test
  void keepsOperatorTokensNamedByAField() {
    SyntaxTree tree = parser.parse("a.js", "const s = a + b;\n", Grammar.JAVASCRIPT, 5_000);
    SyntaxNode binary = tree.root().children().get(0).firstOfType("variable_declarator").child("value");
    assertThat(binary.child("operator").text()).isEqualTo("+");
    assertThat(binary.child("operator").isNamedNode()).isFalse();
  }

  @Test
  void parsesTypeScriptAndTsx() {
    SyntaxTree ts = parser.parse("a.ts", "function f(req: Request): string { return req.query.id as string; }\n",
        Grammar.TYPESCRIPT, 5_000);
    assertThat(ts.errorBytes()).isZero();
    SyntaxTree tsx = parser.parse("a.tsx", "const a = <div title={x as string}>{y}</div>;\n",
        Grammar.TSX, 5_000);
    assertThat(tsx.errorBytes()).isZero();
    assertThat(Grammar.forPath("web/App.tsx")).contains(Grammar.TSX);
    assertThat(Grammar.forPath("server/index.mjs")).contains(Grammar.JAVASCRIPT);
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    TreeSitterParser small = new TreeSitterParser(100, 400);
    assertThatThrownBy(() -> small.parse("bundle.js", "x = 1;\n".repeat(50), Grammar.JAVASCRIPT, 5_000))
        .isInstanceOf(UnparsableSourceException.class)
        .hasMessage("bundle.js: not analysed: the file has 350 bytes, over the limit of 100 for"
            + " JavaScript analysis (generated or bundled code?)");
  }

  @Test
  void refusesCodeNestedDeeperThanTheLimit() {
    String deep = "x = " + "[".repeat(300) + "]".repeat(300) + "\n";
    assertThatThrownBy(() -> new TreeSitterParser(1 << 20, 100).parse("deep.py", deep, Grammar.PYTHON, 5_000))
        .isInstanceOf(UnparsableSourceException.class)
        .hasMessage("deep.py: not analysed: the code nests deeper than 100 levels");
  }

  @Test
  void refusesAFileThatIsMostlyNotTheLanguage() {
    String binary = "\u0001\u0002 ))) ((( ]]] @@@ ### $$$ %%% ^^^ &&& *** !!!\n".repeat(20);
    assertThatThrownBy(() -> parser.parse("data.py", binary, Grammar.PYTHON, 5_000))
        .isInstanceOf(UnparsableSourceException.class)
        .hasMessageStartingWith("data.py: not analysed: most of the file (")
        .hasMessageEndingWith("bytes) is not valid Python");
  }

  @Test
  void givesUpWhenTheParseBudgetIsSpent() {
    String big = "def f(x):\n    return x + 1\n".repeat(20_000);
    assertThatThrownBy(() -> parser.parse("big.py", big, Grammar.PYTHON, 0))
        .isInstanceOf(UnparsableSourceException.class)
        .hasMessage("big.py: not analysed: parsing took longer than its budget of 0 ms");
  }
}
