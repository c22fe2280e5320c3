package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeTokensTest {
  private static String joined(List<CodeTokens.Token> tokens) {
    return tokens.stream().map(CodeTokens.Token::text).collect(Collectors.joining());
  }

  @Test
  void marksKeywordsStringsNumbersAndTrailingComments() {
    String line = "    return \"a \\\" b\" + 42; // why";

    List<CodeTokens.Token> tokens = CodeTokens.of(line);

    assertThat(joined(tokens)).isEqualTo(line);
    assertThat(tokens).filteredOn(t -> !t.css().isEmpty())
        .extracting(t -> t.css() + ":" + t.text())
        .containsExactly("tok-kw:return", "tok-str:\"a \\\" b\"", "tok-num:42", "tok-com:// why");
  }

  @Test
  void wholeCommentLinesAndUnclosedStringsKeepEveryCharacter() {
    assertThat(CodeTokens.of("   * a javadoc line")).extracting(CodeTokens.Token::css).containsExactly("tok-com");
    assertThat(CodeTokens.of("# a properties comment")).extracting(CodeTokens.Token::css).containsExactly("tok-com");
    String unclosed = "x = 'open <script>";
    assertThat(joined(CodeTokens.of(unclosed))).isEqualTo(unclosed);
    assertThat(CodeTokens.of("item2 = value3")).extracting(CodeTokens.Token::css).containsOnly("");
  }
}
