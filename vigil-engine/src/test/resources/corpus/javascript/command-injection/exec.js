const express = require('express');
const { exec, execFile, spawn, execSync } = require('child_process');
const cp = require('node:child_process');
const shellQuote = require('shell-quote');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: js.command-injection
  exec('ping -c 1 ' + host, (err, out) => res.type('text').send('done'));
});

app.get('/ping/file', (req, res) => {
  const host = req.query.host;
  // ok: js.command-injection
  execFile('ping', ['-c', '1', host], (err, out) => res.type('text').send('done'));
});

app.get('/ping/spawn', (req, res) => {
  // ok: js.command-injection
  const child = spawn('ping', ['-c', '1', req.query.host]);
  res.send('started');
});

app.get('/ping/shell', (req, res) => {
  // ruleid: js.command-injection
  const child = spawn('ping', ['-c', '1', req.query.host], { shell: true });
  res.send('started');
});

app.post('/archive', (req, res) => {
  const { name } = req.body;
  // ruleid: js.command-injection
  execSync(`tar czf /tmp/out.tgz ${name}`);
  res.send('ok');
});

app.post('/archive/quoted', (req, res) => {
  const { name } = req.body;
  // ok: js.command-injection
  execSync('tar czf /tmp/out.tgz ' + shellQuote.quote([name]));
  res.send('ok');
});

app.get('/convert', (req, res) => {
  const format = req.query.format;
  // ruleid: js.command-injection
  cp.exec('convert in.png out.' + format);
  res.send('ok');
});

const FORMATS = new Set(['png', 'jpg', 'gif']);

app.get('/convert/allowed', (req, res) => {
  const format = req.query.format;
  if (!FORMATS.has(format)) {
    return res.status(400).send('bad format');
  }
  // ok: js.command-injection
  cp.exec('convert in.png out.' + format);
  res.send('ok');
});

app.get('/tool', (req, res) => {
  const program = req.query.program;
  // ruleid: js.command-injection
  execFile(program, ['--version']);
  res.send('ok');
});

app.get('/constant', (req, res) => {
  const ignored = req.query.x;
  const cmd = 'uptime';
  // ok: js.command-injection
  exec(cmd);
  res.send('ok');
});

function runBackup(target) {
  // ruleid: js.command-injection
  exec('rsync -a /data ' + target);
}

app.get('/backup', (req, res) => {
  runBackup(req.query.target);
  res.send('ok');
});

function runBackupSafe(target) {
  // ok: js.command-injection
  execFile('rsync', ['-a', '/data', target]);
}

app.get('/backup/safe', (req, res) => {
  runBackupSafe(req.query.target);
  res.send('ok');
});

app.get('/lines/:n', (req, res) => {
  const lines = parseInt(req.params.n, 10);
  // ok: js.command-injection
  exec('head -n ' + lines + ' /var/log/app.log');
  res.send('ok');
});

app.get('/header', (req, res) => {
  const path = req.headers['x-path'];
  // ruleid: js.command-injection
  exec(`du -sh ${path}`);
  res.send('ok');
});

app.get('/digits/:n', (req, res) => {
  const n = req.params.n;
  if (!/^[0-9]+$/.test(n)) {
    return res.sendStatus(400);
  }
  // ok: js.command-injection
  exec('sleep ' + n);
  res.send('ok');
});

function main() {
  const target = process.argv[2];
  // ruleid: js.command-injection
  execSync('nslookup ' + target);
}

app.get('/env', (req, res) => {
  const home = process.env.HOME;
  // ok: js.command-injection
  exec('ls ' + home);
  res.send('ok');
});

app.post('/git', (req, res) => {
  const branch = req.body.branch;
  // ruleid: js.command-injection
  cp.execSync('git checkout ' + branch, { cwd: '/repo' });
  res.send('ok');
});

app.post('/git/safe', (req, res) => {
  const branch = req.body.branch;
  // ok: js.command-injection
  cp.execFileSync('git', ['checkout', '--', branch], { cwd: '/repo' });
  res.send('ok');
});

const router = express.Router();
router.post('/hook', (req, res) => {
  const script = req.body.script;
  // ruleid: js.command-injection
  exec(script);
  res.send('ok');
});

app.get('/options', (req, res) => {
  const options = { cmd: req.query.cmd, safe: 'ls' };
  // ok: js.command-injection
  exec(options.safe);
  res.send('ok');
});
