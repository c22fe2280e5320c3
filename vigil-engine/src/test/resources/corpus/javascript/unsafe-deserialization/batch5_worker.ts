import express from 'express';
import { unserialize } from 'node-serialize';
import * as funcster from 'funcster';
import serializeJs from 'serialize-javascript';

const app = express();
app.use(express.json());

app.post('/jobs', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const job = unserialize(req.body.payload);
  res.json({ queued: job.id });
});

app.post('/jobs/funcs', (req, res) => {
  // ruleid: js.unsafe-deserialization
  const fns = funcster.deepDeserialize(req.body.functions);
  res.json(Object.keys(fns));
});

app.post('/jobs/revive', (req, res) => {
  // ruleid: js.code-injection
  const revived = new Function('return ' + req.body.serialized)();
  res.json(revived);
});

app.post('/jobs/safe', (req, res) => {
  // ok: js.unsafe-deserialization
  const job = JSON.parse(req.body.payload);
  res.json({ queued: job.id });
});

app.post('/jobs/static', (req, res) => {
  // ok: js.unsafe-deserialization
  const job = unserialize('{"id":"static"}');
  res.json({ queued: job.id, name: req.body.name });
});

app.get('/jobs/page', (req, res) => {
  // ok: js.unsafe-deserialization
  res.send('<script>window.__STATE__ = ' + serializeJs({ q: req.query.q }) + '</script>');
});

app.post('/jobs/structured', (req, res) => {
  // ok: js.unsafe-deserialization
  const copy = structuredClone(req.body);
  res.json(copy);
});

export default app;
