const express = require('express');
const vm = require('vm');
const app = express();

app.get('/template', (req, res) => {
  // ruleid: js.code-injection
  const render = new Function('data', 'return `' + req.query.tpl + '`');
  // ruleid: js.xss
  res.send(String(render({})));
});

app.get('/sandbox', (req, res) => {
  // ok: js.code-injection
  const result = vm.runInNewContext('a + b', { a: Number(req.query.a), b: Number(req.query.b) });
  res.json({ result });
});

app.get('/timer', (req, res) => {
  // ok: js.code-injection
  setTimeout(() => console.log(req.query.msg), 10);
  res.sendStatus(204);
});
