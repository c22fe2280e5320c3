const express = require('express');
const execa = require('execa');
const { spawnSync } = require('child_process');

const app = express();

app.post('/lint', async (req, res) => {
  // ruleid: js.command-injection
  await execa.command('eslint ' + req.body.path);
  res.end();
});

app.post('/lint/args', async (req, res) => {
  // ok: js.command-injection
  await execa('eslint', [req.body.path]);
  res.end();
});

app.post('/zip', (req, res) => {
  // ok: js.command-injection
  spawnSync('zip', ['-r', 'out.zip', req.body.folder]);
  res.end();
});
