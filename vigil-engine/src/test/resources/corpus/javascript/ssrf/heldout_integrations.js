const express = require('express');
const axios = require('axios');
const got = require('got');

const app = express();
const TRUSTED = new Set(['hooks.slack.com', 'api.github.com']);

class Notifier {
  send(url, text) {
    // ruleid: js.ssrf
    return axios.post(url, { text });
  }
}

const notifier = new Notifier();

app.post('/notify', async (req, res) => {
  await notifier.send(req.body.webhook, req.body.text);
  res.end();
});

app.post('/notify/trusted', async (req, res) => {
  const { webhook } = req.body;
  if (!TRUSTED.has(new URL(webhook).host)) {
    return res.sendStatus(400);
  }
  // ok: js.ssrf
  await axios.post(webhook, { text: 'hi' });
  res.end();
});

app.get('/mirror', async (req, res) => {
  // ruleid: js.ssrf
  const body = await got(req.query.source).text();
  res.json({ length: body.length });
});

app.get('/mirror/fixed', async (req, res) => {
  // ok: js.ssrf
  const body = await got('https://mirror.example.com/' + req.query.source).text();
  res.json({ length: body.length });
});

app.get('/image', async (req, res) => {
  const url = req.query.src || 'https://example.com/default.png';
  // ruleid: js.ssrf
  const r = await axios.get(url, { responseType: 'stream' });
  r.data.pipe(res);
});
