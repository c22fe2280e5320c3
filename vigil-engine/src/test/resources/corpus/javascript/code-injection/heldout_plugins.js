const express = require('express');
const vm = require('node:vm');
const { unserialize } = require('node-serialize');

const app = express();

class Rules {
  apply(expression, context) {
    // ruleid: js.code-injection
    return vm.runInNewContext(expression, context);
  }
}

const rules = new Rules();

app.post('/rule', (req, res) => {
  res.json({ value: rules.apply(req.body.expr, { x: 1 }) });
});

app.post('/rule/fixed', (req, res) => {
  const ignored = req.body.expr;
  // ok: js.code-injection
  res.json({ value: rules.apply('x + 1', { x: 1 }) });
});

app.post('/session', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const state = unserialize(req.cookies.session);
  res.end();
});

app.post('/template', (req, res) => {
  const name = req.body.name;
  const code = "console.log('" + name + "')";
  // ruleid: js.code-injection
  eval(code);
  res.end();
});
