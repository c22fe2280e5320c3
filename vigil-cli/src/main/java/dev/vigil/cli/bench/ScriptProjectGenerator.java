package dev.vigil.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic Python (Flask) or JavaScript (Express) project of about a given number of
 * lines: per feature a repository module (DB-API or mysql queries, most bound, some built by
 * concatenation), a service module of validation and formatting helpers, and a routes module whose
 * handlers call them across files (so flows cross imports); every fourth feature builds its SQL
 * and its shell command from input.
 * Deterministic for a seed.
 */
final class ScriptProjectGenerator {
  /** The language generated. */
  enum Language { PYTHON, JAVASCRIPT }

  private final Language language;
  private final Random random;

  ScriptProjectGenerator(Language language, Random random) {
    this.language = language;
    this.random = random;
  }

  /** Returns files by path until about {@code lines} lines are written. */
  Map<String, String> generate(int lines) {
    Map<String, String> files = new LinkedHashMap<>();
    int written = 0;
    for (int feature = 0; written < lines; feature++) {
      String name = "feature" + feature;
      boolean vulnerable = feature % 4 == 1;
      int helpers = 4 + random.nextInt(5);
      Map<String, String> module = language == Language.PYTHON
          ? python(name, vulnerable, helpers) : javascript(name, vulnerable, helpers);
      for (var file : module.entrySet()) {
        files.put(file.getKey(), file.getValue());
        written += (int) file.getValue().lines().count();
      }
    }
    return files;
  }

  private static Map<String, String> python(String name, boolean vulnerable, int helpers) {
    String where = vulnerable ? "\"SELECT * FROM %1$s WHERE name LIKE '%%\" + term + \"%%'\"" .formatted(name)
        : "\"SELECT * FROM %1$s WHERE name LIKE ?\", (\"%%\" + term + \"%%\",)".formatted(name);
    String repository = """
        import sqlite3


        class %1$sRepository:
            \"\"\"Rows of the %1$s table.\"\"\"

            def __init__(self, path="app.db"):
                self.path = path

            def connect(self):
                return sqlite3.connect(self.path)

            def find(self, item_id):
                conn = self.connect()
                try:
                    return conn.execute("SELECT * FROM %1$s WHERE id = ?", (item_id,)).fetchone()
                finally:
                    conn.close()

            def search(self, term):
                conn = self.connect()
                rows = conn.execute(%2$s).fetchall()
                conn.close()
                return rows

            def save(self, item):
                conn = self.connect()
                conn.execute("INSERT INTO %1$s (name, price) VALUES (?, ?)", (item["name"], item["price"]))
                conn.commit()
                conn.close()


        def search_%1$s(term):
            return %1$sRepository().search(term)
        """.formatted(name, where);
    StringBuilder service = new StringBuilder("import re\n\nNAME = re.compile(r\"^[a-z0-9_-]{1,40}$\")\n\n");
    for (int i = 0; i < helpers; i++) {
      service.append("""


          def normalise_%1$s_%2$d(value, default=None):
              \"\"\"Returns value trimmed and checked, or default.\"\"\"
              if value is None:
                  return default
              text = str(value).strip()
              if not NAME.match(text):
                  return default
              parts = [p for p in text.split("-") if p]
              if len(parts) > %2$d + 2:
                  parts = parts[: %2$d + 2]
              total = 0
              for part in parts:
                  total += len(part)
              return "-".join(parts) if total else default


          def describe_%1$s_%2$d(item):
              labels = {"name": item.get("name"), "price": item.get("price", 0)}
              if labels["price"] > 100:
                  labels["tier"] = "premium"
              elif labels["price"] > 10:
                  labels["tier"] = "standard"
              else:
                  labels["tier"] = "basic"
              return labels
          """.formatted(name, i));
    }
    String command = vulnerable ? "subprocess.run(\"tar czf /tmp/export.tgz \" + folder, shell=True)"
        : "subprocess.run([\"tar\", \"czf\", \"/tmp/export.tgz\", folder])";
    String routes = """
        import subprocess

        from flask import Blueprint, abort, jsonify, request

        from .repository import %1$sRepository, search_%1$s
        from .service import describe_%1$s_0, normalise_%1$s_0

        bp = Blueprint("%1$s", __name__)
        repository = %1$sRepository()


        @bp.route("/%1$s/<int:item_id>")
        def show(item_id):
            row = repository.find(item_id)
            if row is None:
                abort(404)
            return jsonify(describe_%1$s_0({"name": row[1], "price": row[2]}))


        @bp.route("/%1$s/search")
        def search():
            term = request.args.get("q", "")
            return jsonify(search_%1$s(term))


        @bp.route("/%1$s", methods=["POST"])
        def create():
            body = request.get_json() or {}
            name = normalise_%1$s_0(body.get("name"))
            if name is None:
                abort(400)
            repository.save({"name": name, "price": int(body.get("price", 0))})
            return jsonify(ok=True)


        @bp.route("/%1$s/export", methods=["POST"])
        def export():
            folder = request.form.get("folder", "data")
            %2$s
            return jsonify(ok=True)
        """.formatted(name, command);
    String base = "app/" + name + "/";
    return Map.of(base + "__init__.py", "\"\"\"The " + name + " feature.\"\"\"\n", base + "repository.py", repository,
        base + "service.py", service.toString(), base + "routes.py", routes);
  }

  private static Map<String, String> javascript(String name, boolean vulnerable, int helpers) {
    String query = vulnerable ? "`SELECT * FROM %1$s WHERE name LIKE '%%${term}%%'`".formatted(name)
        : "'SELECT * FROM %1$s WHERE name LIKE ?', [`%%${term}%%`]".formatted(name);
    String repository = """
        const mysql = require('mysql');

        const pool = mysql.createPool({ host: 'db', user: 'app', password: process.env.DB_PASSWORD });

        class %1$sRepository {
          find(id, done) {
            pool.query('SELECT * FROM %1$s WHERE id = ?', [id], (err, rows) => done(err, rows && rows[0]));
          }

          search(term, done) {
            pool.query(%2$s, (err, rows) => done(err, rows));
          }

          save(item, done) {
            pool.query('INSERT INTO %1$s (name, price) VALUES (?, ?)', [item.name, item.price], done);
          }
        }

        function search%1$s(term, done) {
          return new %1$sRepository().search(term, done);
        }

        module.exports = { %1$sRepository, search%1$s };
        """.formatted(name, query);
    StringBuilder service = new StringBuilder("const NAME = /^[a-z0-9_-]{1,40}$/;\n");
    StringBuilder exported = new StringBuilder();
    for (int i = 0; i < helpers; i++) {
      service.append("""

          function normalise%1$s%2$d(value, fallback) {
            if (value === undefined || value === null) return fallback;
            const text = String(value).trim();
            if (!NAME.test(text)) return fallback;
            let parts = text.split('-').filter((p) => p.length > 0);
            if (parts.length > %2$d + 2) parts = parts.slice(0, %2$d + 2);
            let total = 0;
            for (const part of parts) total += part.length;
            return total ? parts.join('-') : fallback;
          }

          function describe%1$s%2$d(item) {
            const labels = { name: item.name, price: item.price || 0 };
            if (labels.price > 100) labels.tier = 'premium';
            else if (labels.price > 10) labels.tier = 'standard';
            else labels.tier = 'basic';
            return labels;
          }
          """.formatted(name, i));
      exported.append(i == 0 ? "" : ", ").append("normalise%1$s%2$d, describe%1$s%2$d".formatted(name, i));
    }
    service.append("\nmodule.exports = { ").append(exported).append(" };\n");
    String command = vulnerable ? "exec('tar czf /tmp/export.tgz ' + folder, (err) => res.json({ ok: !err }));"
        : "execFile('tar', ['czf', '/tmp/export.tgz', folder], (err) => res.json({ ok: !err }));";
    String routes = """
        const express = require('express');
        const { exec, execFile } = require('child_process');
        const { %1$sRepository, search%1$s } = require('./repository');
        const service = require('./service');

        const router = express.Router();
        const repository = new %1$sRepository();

        router.get('/%1$s/:id', (req, res) => {
          repository.find(Number(req.params.id), (err, row) => {
            if (err || !row) return res.sendStatus(404);
            res.json(service.describe%1$s0(row));
          });
        });

        router.get('/%1$s', (req, res) => {
          search%1$s(req.query.q || '', (err, rows) => res.json(rows || []));
        });

        router.post('/%1$s', (req, res) => {
          const name = service.normalise%1$s0(req.body.name);
          if (!name) return res.sendStatus(400);
          repository.save({ name, price: Number(req.body.price) || 0 }, () => res.json({ ok: true }));
        });

        router.post('/%1$s/export', (req, res) => {
          const folder = req.body.folder || 'data';
          %2$s
        });

        module.exports = router;
        """.formatted(name, command);
    String base = "src/" + name + "/";
    return Map.of(base + "repository.js", repository, base + "service.js", service.toString(),
        base + "routes.js", routes);
  }
}
