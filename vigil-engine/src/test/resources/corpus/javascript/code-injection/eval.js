const express = require('express');
const vm = require('vm');
const serialize = require('node-serialize');

const app = express();
const OPERATIONS = { add: (a, b) => a + b, sub: (a, b) => a - b };

app.get('/calc', (req, res) => {
  const expr = req.query.expr;
  // ruleid: js.code-injection
  const value = eval(expr);
  res.json({ value });
});

app.get('/calc/json', (req, res) => {
  const expr = req.query.expr;
  // ok: js.code-injection
  const value = JSON.parse(expr);
  res.json({ value });
});

app.get('/op/:name', (req, res) => {
  const name = req.params.name;
  if (!Object.keys(OPERATIONS).includes(name)) {
    return res.sendStatus(404);
  }
  // ok: js.code-injection
  const value = eval('OPERATIONS.' + name + '(1, 2)');
  res.json({ value });
});

app.post('/fn', (req, res) => {
  const body = req.body.code;
  // ruleid: js.code-injection
  const fn = new Function('a', 'b', body);
  res.json({ value: fn(1, 2) });
});

app.post('/fn/constant', (req, res) => {
  const ignored = req.body.code;
  // ok: js.code-injection
  const fn = new Function('a', 'b', 'return a + b');
  res.json({ value: fn(1, 2) });
});

app.post('/vm', (req, res) => {
  const script = req.body.script;
  // ruleid: js.code-injection
  const result = vm.runInNewContext(script, {});
  res.json({ result });
});

app.post('/vm/script', (req, res) => {
  // ruleid: js.code-injection
  const s = new vm.Script(req.body.source);
  res.json({ ok: true });
});

function evaluate(formula) {
  // ruleid: js.code-injection
  return eval(formula);
}

app.get('/formula', (req, res) => {
  res.json({ value: evaluate(req.query.f) });
});

app.get('/formula/int', (req, res) => {
  const n = parseInt(req.query.f, 10);
  // ok: js.code-injection
  res.json({ value: eval(n + ' * 2') });
});

app.get('/cookie', (req, res) => {
  const prefs = req.cookies.prefs;
  // ruleid: js.code-injection
  const settings = eval('(' + prefs + ')');
  res.json(settings);
});

app.post('/deserialize', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const obj = serialize.unserialize(req.body.payload);
  res.json({ ok: true });
});

app.post('/deserialize/json', (req, res) => {
  // ok: js.unsafe-deserialization
  const obj = JSON.parse(req.body.payload);
  res.json({ ok: true });
});

app.get('/mode', (req, res) => {
  const mode = req.query.mode;
  if (mode === 'fast') {
    // ok: js.code-injection
    eval("var m = '" + mode + "'");
  }
  res.end();
});

app.get('/header', (req, res) => {
  const snippet = req.get('X-Snippet');
  // ruleid: js.code-injection
  vm.runInThisContext('result = ' + snippet);
  res.end();
});
