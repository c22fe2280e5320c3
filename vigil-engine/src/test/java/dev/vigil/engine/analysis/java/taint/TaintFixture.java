package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds small servlet sources around a method body and analyses them one file at a time. */
final class TaintFixture {
  static final JavaTaintAnalyzer ANALYZER = JavaTaintAnalyzer.withBuiltInModels();
  static final String IMPORTS = """
      package app;

      import java.io.*;
      import java.sql.*;
      import java.util.*;
      import javax.servlet.http.*;
      """;

  private TaintFixture() {}

  /** Returns the source of a servlet class with {@code members} and a doGet method running {@code body}. */
  static String servlet(String body, String members) {
    return IMPORTS + """
        public class Handler extends HttpServlet {
          private Connection connection;
        %s
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String param = request.getParameter("p");
        %s
          }
        }
        """.formatted(members, body);
  }

  /** Returns the findings of a servlet running {@code body}. */
  static List<Finding> run(String body) {
    return analyse(servlet(body, ""));
  }

  /** Returns the findings of a servlet with extra members running {@code body}. */
  static List<Finding> run(String body, String members) {
    return analyse(servlet(body, members));
  }

  /** Returns the findings of one file. */
  static List<Finding> analyse(String source) {
    return ANALYZER.analyze(new AnalysisContext("app/Handler.java", "blob",
        source.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns the rule ids of findings, in order. */
  static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }
}
