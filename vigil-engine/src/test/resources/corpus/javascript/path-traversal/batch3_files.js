const express = require('express');
const fs = require('fs');
const path = require('path');
const sanitize = require('sanitize-filename');

const app = express();
const BASE = '/srv/files';

app.get('/avatar/:user', (req, res) => {
  // ruleid: js.path-injection
  fs.createReadStream(path.join(BASE, 'avatars', req.params.user + '.png')).pipe(res);
});

app.get('/avatar2/:user', (req, res) => {
  // ok: js.path-injection
  fs.createReadStream(path.join(BASE, 'avatars', sanitize(req.params.user) + '.png')).pipe(res);
});

app.get('/exists', (req, res) => {
  const file = req.query.f;
  // ok: js.path-injection
  res.json({ exists: fs.existsSync('/srv/public/index.html'), asked: file.length });
});

app.get('/list', (req, res) => {
  const dir = req.query.dir;
  // ruleid: js.path-injection
  fs.readdir(dir, (err, names) => res.json(names));
});

app.get('/list/fixed', (req, res) => {
  const ignored = req.query.dir;
  // ok: js.path-injection
  fs.readdir(BASE, (err, names) => res.json(names));
});

app.get('/list/allowed', (req, res) => {
  const dir = req.query.dir;
  if (dir !== 'images' && dir !== 'docs') {
    return res.sendStatus(400);
  }
  // ok: js.path-injection
  fs.readdir(path.join(BASE, dir), (err, names) => res.json(names));
});
