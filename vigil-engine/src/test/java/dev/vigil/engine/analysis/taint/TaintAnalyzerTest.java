package dev.vigil.engine.analysis.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import dev.vigil.engine.analysis.syntax.UnparsableSourceException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaintAnalyzerTest {
  private static final TaintAnalyzer PYTHON = PythonTaintAnalyzer.withBuiltInModels();
  private static final TaintAnalyzer JAVASCRIPT = JavaScriptTaintAnalyzer.withBuiltInModels();

  private static List<Finding> analyse(TaintAnalyzer analyzer, String path, String code) {
    return analyzer.analyze(new AnalysisContext(path, "blob", code.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bothAnalyzersAreRegisteredAndReadTheirFiles() {
    assertThat(AnalyzerRegistry.builtIn().ids()).contains("python-taint", "javascript-taint");
    assertThat(PYTHON.reads("app/views.py")).isTrue();
    assertThat(PYTHON.reads("app/index.js")).isFalse();
    assertThat(JAVASCRIPT.reads("src/server.ts")).isTrue();
    assertThat(JAVASCRIPT.reads("src/App.tsx")).isTrue();
    assertThat(JAVASCRIPT.reads("src/main.java")).isFalse();
    assertThat(PYTHON.rules()).extracting(r -> r.id()).contains("python.sql-injection", "python.xss");
    assertThat(JAVASCRIPT.rules()).extracting(r -> r.id()).contains("js.command-injection", "js.ssrf");
  }

  @Test
  void messagesOfQueueConsumersAreUntrusted() {
    String python = """
        import subprocess
        from celery import shared_task
        from confluent_kafka import Consumer

        @shared_task
        def export(report_name):
            subprocess.run("export.sh " + report_name, shell=True)

        def drain(consumer_config):
            consumer = Consumer(consumer_config)
            msg = consumer.poll(1.0)
            subprocess.run("import.sh " + msg.value().decode(), shell=True)
            subprocess.run("import.sh fixed", shell=True)
        """;
    String javascript = """
        import { Worker } from 'bullmq';
        import { execSync } from 'node:child_process';

        export const worker = new Worker('thumbnails', async (job) => {
          execSync(`convert ${job.data.file} out.png`);
          execSync('convert fixed.png out.png');
        });
        """;
    assertThat(analyse(PYTHON, "jobs.py", python)).extracting(f -> f.ruleId() + ":" + f.location().line())
        .containsExactlyInAnyOrder("python.command-injection:7", "python.command-injection:12");
    assertThat(analyse(JAVASCRIPT, "worker.ts", javascript)).extracting(f -> f.ruleId() + ":" + f.location().line())
        .containsExactly("js.command-injection:5");
  }

  @Test
  void aFindingCarriesItsFlowFromSourceThroughTheHelperToTheSink() {
    String code = """
        const express = require('express');
        const { exec } = require('child_process');
        const app = express();

        function run(target) {
          exec('ping ' + target);
        }

        app.get('/ping', (req, res) => {
          const host = req.query.host;
          run(host);
          res.send('ok');
        });
        """;
    Finding finding = analyse(JAVASCRIPT, "server.js", code).get(0);
    assertThat(finding.ruleId()).isEqualTo("js.command-injection");
    assertThat(finding.cwe()).isEqualTo(78);
    assertThat(finding.location().line()).isEqualTo(6);
    assertThat(finding.evidence()).extracting(EvidenceStep::description).containsExactly(
        "source: untrusted remote data from express.Request.query",
        "propagation: assigned to host",
        "call: passed to run",
        "sink: command-injection sink child_process.exec");
    assertThat(finding.evidence()).extracting(s -> s.location().line()).containsExactly(10, 10, 11, 6);
    assertThat(finding.message()).startsWith("OS command injection: untrusted data from req.query"
        + " (remote input) reaches exec('ping ' + target) in run.");
    assertThat(finding.contextKey()).isEqualTo("js.command-injection|run|exec('ping ' + target)");
  }

  @Test
  void anonymousHandlersAreNamedByTheirRouteSoTheirFindingsStayApart() {
    String code = """
        const app = require('express')();
        const { exec } = require('child_process');
        app.get('/a', (req, res) => exec(req.query.cmd));
        app.post('/b', (req, res) => exec(req.query.cmd));
        """;
    assertThat(analyse(JAVASCRIPT, "routes.js", code)).extracting(Finding::contextKey).containsExactly(
        "js.command-injection|express.Application.get('/a') handler|exec(req.query.cmd)",
        "js.command-injection|express.Application.post('/b') handler|exec(req.query.cmd)");
  }

  @Test
  void aSanitizerForOneKindIsShownAsBypassedForAnother() {
    String code = """
        import os
        import html
        from flask import Flask, request
        app = Flask(__name__)

        @app.route("/x")
        def x():
            name = html.escape(request.args["name"])
            os.system("echo " + name)
            return "ok"
        """;
    Finding finding = analyse(PYTHON, "app.py", code).get(0);
    assertThat(finding.ruleId()).isEqualTo("python.command-injection");
    assertThat(finding.evidence()).extracting(EvidenceStep::description)
        .contains("sanitizer-bypass: sanitized by html.escape for xss, not command-injection");
  }

  @Test
  void environmentSourcesAreOffUnlessTheThreatModelEnablesThem() {
    String code = "import os\nos.system('ls ' + os.environ['DIR'])\n";
    assertThat(analyse(PYTHON, "tool.py", code)).isEmpty();
    TaintAnalyzer withEnvironment = new TaintAnalyzer("python-taint", "1",
        java.util.Set.of(dev.vigil.engine.analysis.syntax.Grammar.PYTHON),
        TaintEngine.builtIn("python", new dev.vigil.engine.analysis.python.PythonFrontEnd())
            .withThreats(java.util.Set.of("remote", "environment")));
    assertThat(analyse(withEnvironment, "tool.py", code)).extracting(Finding::ruleId)
        .containsExactly("python.command-injection");
  }

  @Test
  void minifiedBundledAndVendoredScriptsAreNotAnalysedWithTheReason() {
    String flow = "require('child_process').exec('ls ' + process.argv[2]);\n";
    String bundle = "!function(e){" + "var a=1;".repeat(1000) + "}(this);\n";
    List.of("web/node_modules/left-pad/index.js", "static/vendor/chart.js", "static/app.min.js",
        "static/lib/jquery-3.7.1.js", "bower_components/x/x.js").forEach(path ->
        assertThatThrownBy(() -> analyse(JAVASCRIPT, path, flow))
            .isInstanceOf(UnparsableSourceException.class).hasMessageStartingWith(path + ": not analysed: "));
    assertThatThrownBy(() -> analyse(JAVASCRIPT, "static/app.js", bundle))
        .hasMessage("static/app.js: not analysed: a bundle or minified file (a line over 5000 characters)");
    assertThatThrownBy(() -> analyse(JAVASCRIPT, "static/app.js", flow + "//# sourceMappingURL=app.js.map\n"))
        .hasMessage("static/app.js: not analysed: a bundle or generated file (it ends with a source map comment)");
    assertThatThrownBy(() -> analyse(JAVASCRIPT, "dist/main.js", flow + "var m = __webpack_require__(3);\n"))
        .hasMessage("dist/main.js: not analysed: a bundle (a bundler's runtime in a build output folder)");
    assertThatThrownBy(() -> analyse(JAVASCRIPT, "vendor/x.js", flow))
        .hasMessage("vendor/x.js: not analysed: vendored code (in vendor/)");
    // The project's own build scripts and files named like versions of it are read.
    assertThat(analyse(JAVASCRIPT, "build/release.js", flow)).hasSize(1);
    assertThat(analyse(JAVASCRIPT, "src/v2/app.js", flow)).hasSize(1);
  }

  @Test
  void aFileTooDeepForTheAnalyzerIsNotAnalysedWithAReason() {
    String deep = "x = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n";
    assertThatThrownBy(() -> analyse(PYTHON, "deep.py", deep))
        .isInstanceOf(UnparsableSourceException.class)
        .hasMessage("deep.py: not analysed: the code nests deeper than 400 levels");
  }

  @Test
  void aFileOverItsTimeBudgetIsNotAnalysed() {
    TaintEngine slow = TaintEngine.builtIn("python", new dev.vigil.engine.analysis.python.PythonFrontEnd())
        .withBudgetMillis(1);
    StringBuilder code = new StringBuilder("from flask import request\nimport os\n");
    for (int i = 0; i < 3000; i++) code.append("def f").append(i).append("(a):\n    os.system(a + request.args['x'])\n");
    assertThatThrownBy(() -> slow.analyse("slow.py", code.toString()))
        .isInstanceOf(RuntimeException.class)
        .hasMessageStartingWith("slow.py: not analysed: ")
        .hasMessageContaining("budget of 1 ms");
  }
}
