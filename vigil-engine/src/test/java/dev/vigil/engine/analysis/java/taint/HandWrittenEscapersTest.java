package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;

/** A project's own escaper is recognised by the characters it maps, whatever its name. */
class HandWrittenEscapersTest {
  private static java.util.Set<String> kinds(String method) {
    MethodDeclaration m = StaticJavaParser.parseBodyDeclaration(method).asMethodDeclaration();
    return HandWrittenEscapers.kinds(m);
  }

  @Test
  void replaceChainsSwitchesAndIfsThatMapEachSyntaxCharacterAreEscapers() {
    assertThat(kinds("String a(String s) { return s.replace(\"<\", \"&lt;\").replace(\">\", \"&gt;\"); }"))
        .containsExactly("xss");
    assertThat(kinds("""
        String b(String s) {
          StringBuilder sb = new StringBuilder();
          for (char c : s.toCharArray()) {
            switch (c) {
              case '*': sb.append("\\\\2A"); break;
              case '(': sb.append("\\\\28"); break;
              case ')': sb.append("\\\\29"); break;
              case '\\\\': sb.append("\\\\5c"); break;
              default: sb.append(c);
            }
          }
          return sb.toString();
        }"""))
        .containsExactly("ldap-injection");
    assertThat(kinds("String c(String s) { return s.replace(\"'\", \"''\"); }")).containsExactly("sql-injection");
    assertThat(kinds("String e(String s) { return \"'\" + s.replace(\"'\", \"'\\\\''\") + \"'\"; }"))
        .contains("command-injection");
    assertThat(kinds("String f(String s) { return \"'\" + s.replace(\"'\", \"'\\\"'\\\"'\") + \"'\"; }"))
        .containsExactly("command-injection");
    assertThat(kinds("String d(char c) { if (c == '<') return \"&#60;\"; if ('>' == c) return \"&#62;\"; return \"\"; }"))
        .containsExactly("xss");
  }

  @Test
  void decodersPartialEscapersAndTextWithEntitiesAreNot() {
    assertThat(kinds("String a(String s) { return s.replace(\"&lt;\", \"<\").replace(\"&gt;\", \">\"); }")).isEmpty();
    assertThat(kinds("String b(String s) { return s.replace(\"<\", \"&lt;\"); }")).isEmpty();
    assertThat(kinds("String c(String s) { return \"&lt;\" + s + \"&gt;\"; }")).isEmpty();
    assertThat(kinds("String d(String s) { return s.replace(\"*\", \"\\\\2a\"); }")).isEmpty();
    assertThat(kinds("void e(String s) { s.replace(\"<\", \"&lt;\").replace(\">\", \"&gt;\"); }")).isEmpty();
  }
}
