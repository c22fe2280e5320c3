const express = require('express');
const serialize = require('node-serialize');
const serializeJs = require('serialize-javascript');
const yaml = require('js-yaml');
const { deserialize: v8Deserialize } = require('v8');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());
app.use(express.text());

app.get('/prefs', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
  // ruleid: js.unsafe-deserialization
  const prefs = serialize.unserialize(raw);
  res.json(prefs);
});

app.post('/import', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const data = serialize.unserialize(req.body);
  res.json(data);
});

app.post('/restore', (req, res) => {
  // ruleid: js.code-injection
  const state = eval('(' + req.body + ')');
  res.json(state);
});

app.post('/yaml', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

app.post('/v8', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const value = v8Deserialize(Buffer.from(req.body, 'base64'));
  res.json(value);
});

app.get('/session', (req, res) => {
  const session = req.get('X-Session');
  // ruleid: js.unsafe-deserialization
  const obj = serialize.unserialize(Buffer.from(session, 'hex').toString('utf8'));
  res.json(obj);
});

app.post('/json', (req, res) => {
  // ok: js.unsafe-deserialization
  const data = JSON.parse(req.body);
  res.json(data);
});

app.post('/yaml/safe', (req, res) => {
  // ok: js.unsafe-deserialization
  const doc = yaml.load(req.body);
  res.json(doc);
});

app.get('/export', (req, res) => {
  // ok: js.unsafe-deserialization
  res.send(serializeJs({ user: req.query.user }, { isJSON: true }));
});

app.get('/prefs/json', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
  // ok: js.unsafe-deserialization
  res.json(JSON.parse(raw));
});

app.get('/builtin', (req, res) => {
  // ok: js.unsafe-deserialization
  const prefs = serialize.unserialize(serialize.serialize({ theme: 'dark' }));
  res.json(prefs);
});

app.post('/typed', (req, res) => {
  // ok: js.unsafe-deserialization
  const value = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(value);
});

module.exports = app;
