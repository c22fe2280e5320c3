package dev.vigil.engine.analysis.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTaintSmokeTest {
  @Test
  void flaskArgumentReachesCursorExecute() {
    String code = """
        import sqlite3
        from flask import Flask, request
        app = Flask(__name__)

        @app.route('/user')
        def user():
            uid = request.args.get('id')
            conn = sqlite3.connect('db')
            cur = conn.cursor()
            cur.execute("SELECT * FROM users WHERE id = " + uid)
            cur.execute("SELECT * FROM users WHERE id = ?", (uid,))
            return 'ok'
        """;
    List<Finding> findings = PythonTaintAnalyzer.withBuiltInModels().analyze(
        new AnalysisContext("app.py", "b", code.getBytes(StandardCharsets.UTF_8)));
    assertThat(findings).extracting(f -> f.location().line()).containsExactly(10);
  }
}
