package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Python and JavaScript flows from a route in one file to a sink in an imported file come and go
 * at exactly the commits where a from-scratch analysis of each commit's tree finds them, even when
 * a commit changed only the imported file.
 */
class PolyglotProjectHistoryTest {
  private static final String APP = "svc/app.py";
  private static final String DB = "svc/db.py";
  private static final String SERVER = "web/server.js";
  private static final String REPO = "web/lib/repo.js";

  private static final Map<String, List<String>> VARIANTS = Map.of(
      APP, Arrays.asList(null, app("request.args['name']"), app("'admin'")),
      DB, Arrays.asList(null, db("cur.execute(\"SELECT * FROM users WHERE name = ?\", (name,))"),
          db("cur.execute(\"SELECT * FROM users WHERE name = '\" + name + \"'\")"),
          "def find_user(name:\n    ((((\n"),
      SERVER, Arrays.asList(null, server("req.query.name"), server("'admin'")),
      REPO, Arrays.asList(null, repo("pool.query('SELECT * FROM users WHERE name = ?', [name])"),
          repo("pool.query(\"SELECT * FROM users WHERE name = '\" + name + \"'\")")));

  @TempDir Path dir;

  @Test
  void aFlowIntoAnImportedFileComesAndGoesWithThatFile() throws Exception {
    ProjectAnalyzer python = PythonTaintAnalyzer.withBuiltInModels();
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(APP, 1, DB, 1), "bound query"));
      commits.add(apply(repo, Map.of(DB, 2), "query built by concatenation"));
      commits.add(apply(repo, Map.of("svc/noise.py", 0), "unrelated change"));
      commits.add(apply(repo, Map.of(DB, 1), "bound again"));
      ScanResult result = pass(python, repo, commits.size());

      assertThat(result.findings()).singleElement().satisfies(f -> {
        assertThat(f.finding().ruleId()).isEqualTo("python.sql-injection");
        assertThat(f.finding().location().path()).isEqualTo(DB);
        assertThat(f.finding().evidence().get(0).location().path()).isEqualTo(APP);
        assertThat(f.introducedIn().sha()).isEqualTo(commits.get(1).name());
        assertThat(f.fixedIn().sha()).isEqualTo(commits.get(3).name());
        assertThat(f.commitsPresent()).isEqualTo(2);
      });
      FromScratchHistory.assertPassMatchesAtEveryCommit(python, repo.repository(), commits, result);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randomHistoriesMatchAFromScratchAnalysisOfEachCommit(long seed) throws Exception {
    Random random = new Random(seed);
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(APP, 1, DB, 1, SERVER, 1, REPO, 1), "start"));
      List<String> files = List.copyOf(new TreeMap<>(VARIANTS).keySet());
      for (int i = 0; i < 16; i++) {
        Map<String, Integer> change = new HashMap<>();
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          String file = files.get(random.nextInt(files.size()));
          change.put(file, random.nextInt(VARIANTS.get(file).size()));
        }
        change.put("svc/noise" + i + ".py", 0);
        commits.add(apply(repo, change, "commit " + i));
      }
      for (ProjectAnalyzer analyzer : List.of(PythonTaintAnalyzer.withBuiltInModels(),
          JavaScriptTaintAnalyzer.withBuiltInModels())) {
        FromScratchHistory.assertPassMatchesAtEveryCommit(analyzer, repo.repository(), commits,
            pass(analyzer, repo, commits.size()));
      }
    }
  }

  private static ScanResult pass(ProjectAnalyzer analyzer, TestRepo repo, int commits) {
    return new CommitPass(List.of(analyzer), new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repo.repository(), HistoryWindow.lastCommits("main", commits), ScanListener.NONE,
            () -> false);
  }

  /** Sets each file to a variant (or a noise file when not one of the variants) and commits. */
  private static RevCommit apply(TestRepo repo, Map<String, Integer> variants, String message)
      throws Exception {
    for (var change : variants.entrySet()) {
      List<String> versions = VARIANTS.get(change.getKey());
      String text = versions == null ? "COUNT = 1\n" : versions.get(change.getValue());
      if (text != null) {
        repo.write(change.getKey(), text);
      } else if (Files.exists(repo.dir().resolve(change.getKey()))) {
        repo.delete(change.getKey());
      }
    }
    return repo.commit(message);
  }

  private static String app(String argument) {
    return """
        from flask import Flask, request
        from .db import find_user

        app = Flask(__name__)

        @app.route("/user")
        def user():
            find_user(%s)
            return "ok"
        """.formatted(argument);
  }

  private static String db(String statement) {
    return """
        import sqlite3

        def find_user(name):
            cur = sqlite3.connect("app.db").cursor()
            %s
            return cur.fetchone()
        """.formatted(statement);
  }

  private static String server(String argument) {
    return """
        const express = require('express');
        const repo = require('./lib/repo');
        const app = express();
        app.get('/user', async (req, res) => {
          await repo.findUser(%s);
          res.end();
        });
        """.formatted(argument);
  }

  private static String repo(String statement) {
    return """
        const mysql = require('mysql');
        const pool = mysql.createPool({});
        function findUser(name) {
          return %s;
        }
        module.exports = { findUser };
        """.formatted(statement);
  }
}
