const express = require('express');
const _ = require('lodash');
const deepExtend = require('deep-extend');
const objectPath = require('object-path');
const dotProp = require('dot-prop');

const app = express();
app.use(express.json());

const defaults = { theme: 'light', notifications: { email: true } };
const settings = {};

function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: js.prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js.prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function ownMerge(target, source) {
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    if (typeof source[key] === 'object') {
      target[key] = target[key] || {};
      ownMerge(target[key], source[key]);
    } else {
      // ok: js.prototype-pollution
      target[key] = source[key];
    }
  }
}

function copyShallow(target, source) {
  for (const key in source) {
    // ok: js.prototype-pollution
    target[key] = source[key];
  }
  return target;
}

app.post('/settings', (req, res) => {
  merge(settings, req.body);
  res.json(settings);
});

app.post('/settings/safe', (req, res) => {
  safeMerge(settings, req.body);
  ownMerge(settings, req.body);
  copyShallow({}, req.body);
  res.json(settings);
});

app.post('/profile', (req, res) => {
  // ruleid: js.prototype-pollution
  const profile = _.merge({}, defaults, req.body);
  res.json(profile);
});

app.post('/profile/deep', (req, res) => {
  // ruleid: js.prototype-pollution
  _.defaultsDeep(req.user.prefs, req.body.prefs);
  res.json(req.user.prefs);
});

app.post('/profile/with', (req, res) => {
  // ruleid: js.prototype-pollution
  const merged = _.mergeWith({}, req.body, (a, b) => (Array.isArray(a) ? a.concat(b) : undefined));
  res.json(merged);
});

app.put('/config/:path', (req, res) => {
  // ruleid: js.prototype-pollution
  _.set(settings, req.params.path, req.body.value);
  res.sendStatus(204);
});

app.put('/config2', (req, res) => {
  // ruleid: js.prototype-pollution
  objectPath.set(settings, req.query.path, req.query.value);
  res.sendStatus(204);
});

app.put('/config3', (req, res) => {
  // ruleid: js.prototype-pollution
  dotProp.set(settings, req.body.key, req.body.value);
  res.sendStatus(204);
});

app.post('/extend', (req, res) => {
  // ruleid: js.prototype-pollution
  deepExtend(settings, req.body);
  res.json(settings);
});

app.post('/matrix', (req, res) => {
  const grid = {};
  const { row, col, value } = req.body;
  grid[row] = grid[row] || {};
  // ruleid: js.prototype-pollution
  grid[row][col] = value;
  res.json(grid);
});

app.post('/assign', (req, res) => {
  // ok: js.prototype-pollution
  const profile = Object.assign({}, defaults, req.body);
  res.json(profile);
});

app.post('/spread', (req, res) => {
  // ok: js.prototype-pollution
  const profile = { ...defaults, ...req.body };
  res.json(profile);
});

app.post('/pick', (req, res) => {
  // ok: js.prototype-pollution
  const profile = _.merge({}, defaults, _.pick(req.body, ['theme', 'language']));
  res.json(profile);
});

app.put('/config/fixed', (req, res) => {
  // ok: js.prototype-pollution
  _.set(settings, 'notifications.email', req.body.value === 'true');
  res.sendStatus(204);
});

app.post('/counter', (req, res) => {
  const counts = {};
  // ok: js.prototype-pollution
  counts[req.body.word] = (counts[req.body.word] || 0) + 1;
  res.json(counts);
});

app.post('/map', (req, res) => {
  const index = new Map();
  // ok: js.prototype-pollution
  index.set(req.body.key, req.body.value);
  res.json([...index]);
});

app.post('/grid/safe', (req, res) => {
  const grid = Object.create(null);
  const { row, col, value } = req.body;
  if (!/^\d+$/.test(row) || !/^\d+$/.test(col)) return res.sendStatus(400);
  grid[row] = grid[row] || Object.create(null);
  // ok: js.prototype-pollution
  grid[row][col] = value;
  res.json(grid);
});

app.post('/defaults', (req, res) => {
  // ok: js.prototype-pollution
  const merged = _.merge({}, defaults, { theme: 'dark' });
  res.json(merged);
});

app.put('/config/known/:name', (req, res) => {
  const allowed = ['theme', 'language'];
  if (!allowed.includes(req.params.name)) return res.sendStatus(400);
  // ok: js.prototype-pollution
  _.set(settings, req.params.name, req.body.value);
  res.sendStatus(204);
});
