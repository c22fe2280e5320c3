import express from 'express';
import * as cp from 'child_process';
import { Client } from 'pg';
import axios from 'axios';
import fs from 'fs';
import path from 'path';

const app = express();
const client = new Client();
const router = express.Router();

app.get('/v2/users', async ({ query }, res) => {
  // ruleid: js.sql-injection
  const r = await client.query(`SELECT * FROM users WHERE role = '${query.role}'`);
  res.json(r.rows);
});

app.get('/v2/users/bound', async ({ query }, res) => {
  // ok: js.sql-injection
  const r = await client.query({ text: 'SELECT * FROM users WHERE role = $1', values: [query.role] });
  res.json(r.rows);
});

router.route('/v2/run').post((req, res) => {
  // ruleid: js.command-injection
  cp.exec('convert ' + req.body.input + ' out.png');
  res.end();
});

app.post('/v2/run/args', (req, res) => {
  const args = ['-resize', '50%'];
  args.push(req.body.input);
  // ok: js.command-injection
  cp.execFile('convert', args);
  res.end();
});

app.get('/v2/fetch', async (req, res) => {
  try {
    const { target } = req.query;
    // ruleid: js.ssrf
    const r = await axios.get(String(target));
    res.json(r.data);
  } catch (e) {
    res.status(500).end();
  }
});

app.get('/v2/fetch/fixed', async (req, res) => {
  const ignored = req.query.target;
  // ok: js.ssrf
  const r = await axios.get('https://internal.example.com/ping');
  res.json(r.data);
});

app.get('/v2/file', (req, res) => {
  const base = '/srv/data';
  const full = path.resolve(base, String(req.query.name));
  if (path.relative(base, full).startsWith('..')) {
    return res.sendStatus(403);
  }
  // ok: js.path-injection
  fs.createReadStream(full).pipe(res);
});

app.get('/v2/file/basename', (req, res) => {
  // ok: js.path-injection
  fs.createReadStream(path.join('/srv/data', path.basename(String(req.query.name)))).pipe(res);
});

app.get('/v2/greet', (req, res) => {
  const parts: string[] = [];
  parts.push('<p>');
  parts.push(String(req.query.who));
  parts.push('</p>');
  // ruleid: js.xss
  res.send(parts.join(''));
});

app.get('/v2/greet/json', (req, res) => {
  // ok: js.xss
  res.type('json').send(JSON.stringify({ who: req.query.who }));
});

app.post('/v2/eval', (req, res) => {
  const { expr = '0' } = req.body;
  // ruleid: js.code-injection
  res.json({ value: eval(expr) });
});

app.post('/v2/eval/fixed', (req, res) => {
  const ignored = req.body.expr;
  // ok: js.code-injection
  res.json({ value: eval('0') });
});

app.use('/api', router);
