const express = require('express');
const fs = require('fs');
const path = require('path');
const fsp = require('fs/promises');

const app = express();
const BASE = '/srv/uploads';

app.get('/download', (req, res) => {
  const name = req.query.file;
  // ruleid: js.path-injection
  res.sendFile(path.join(BASE, name));
});

app.get('/download/root', (req, res) => {
  const name = req.query.file;
  // ok: js.path-injection
  res.sendFile(name, { root: BASE });
});

app.get('/read', (req, res) => {
  const name = req.query.file;
  // ruleid: js.path-injection
  fs.readFile(BASE + '/' + name, 'utf8', (err, data) => res.send('read'));
});

app.get('/read/basename', (req, res) => {
  const name = req.query.file;
  // ok: js.path-injection
  fs.readFile(path.join(BASE, path.basename(name)), 'utf8', (err, data) => res.send('read'));
});

app.get('/read/resolved', (req, res) => {
  const full = path.resolve(BASE, req.query.file);
  if (!full.startsWith(BASE + path.sep)) {
    return res.status(403).end();
  }
  // ok: js.path-injection
  fs.readFile(full, (err, data) => res.send('read'));
});

app.get('/read/unresolved-check', (req, res) => {
  const full = path.join(BASE, req.query.file);
  if (!full.startsWith(BASE)) {
    return res.status(403).end();
  }
  // ruleid: js.path-injection
  fs.readFile(full, (err, data) => res.send('read'));
});

app.delete('/files/:name', (req, res) => {
  // ruleid: js.path-injection
  fs.unlinkSync(path.join(BASE, req.params.name));
  res.sendStatus(204);
});

app.delete('/files2/:name', (req, res) => {
  const name = req.params.name;
  const existing = fs.readdirSync(BASE);
  if (!existing.includes(name)) {
    return res.sendStatus(404);
  }
  // ok: js.path-injection
  fs.unlinkSync(path.join(BASE, name));
  res.sendStatus(204);
});

app.post('/write', async (req, res) => {
  const { filename, content } = req.body;
  // ruleid: js.path-injection
  await fsp.writeFile(path.join('/srv/notes', filename), content);
  res.send('saved');
});

app.post('/write/id', async (req, res) => {
  const id = parseInt(req.body.id, 10);
  // ok: js.path-injection
  await fsp.writeFile(path.join('/srv/notes', id + '.txt'), req.body.content);
  res.send('saved');
});

app.get('/stream', (req, res) => {
  // ruleid: js.path-injection
  fs.createReadStream('/var/log/' + req.query.log).pipe(res);
});

app.get('/stream/fixed', (req, res) => {
  const which = req.query.log;
  // ok: js.path-injection
  fs.createReadStream('/var/log/app.log').pipe(res);
});

function loadTemplate(name) {
  // ruleid: js.path-injection
  return fs.readFileSync('/srv/templates/' + name, 'utf8');
}

app.get('/template', (req, res) => {
  loadTemplate(req.query.t);
  res.send('ok');
});

app.get('/listing/:sub', (req, res) => {
  // ruleid: js.path-injection
  const entries = fs.readdirSync(path.join(BASE, req.params.sub));
  res.json(entries);
});

app.get('/theme', (req, res) => {
  const theme = req.cookies.theme;
  if (theme === 'dark') {
    // ok: js.path-injection
    res.send(fs.readFileSync('/srv/themes/' + theme + '.css', 'utf8'));
  }
});

app.get('/download2', (req, res) => {
  // ruleid: js.path-injection
  res.download('/srv/exports/' + req.query.name);
});

app.get('/download2/alnum', (req, res) => {
  const name = req.query.name;
  if (!/^[a-z0-9]+$/.test(name)) {
    return res.sendStatus(400);
  }
  // ok: js.path-injection
  res.download('/srv/exports/' + name + '.csv');
});

app.get('/normalize', (req, res) => {
  const full = path.normalize(path.join(BASE, req.query.p));
  if (full.startsWith(BASE + '/')) {
    // ok: js.path-injection
    fs.readFile(full, (err, data) => res.send('read'));
  }
});

app.post('/append', (req, res) => {
  // ruleid: js.path-injection
  fs.appendFile(req.body.logfile, 'entry\n', () => res.send('ok'));
});
