const express = require('express');
const axios = require('axios');
const http = require('http');
const fetch = require('node-fetch');

const app = express();
const PARTNERS = { acme: 'https://api.acme.example/v1', globex: 'https://globex.example/api' };

app.get('/partner/:name', async (req, res) => {
  const name = req.params.name;
  if (!Object.keys(PARTNERS).includes(name)) {
    return res.sendStatus(404);
  }
  // ok: js.ssrf
  const r = await axios.get(PARTNERS[name] + '/status');
  res.json(r.data);
});

app.get('/partner2', async (req, res) => {
  const base = req.query.base;
  // ruleid: js.ssrf
  const r = await axios.get(base + '/status');
  res.json(r.data);
});

app.get('/node-fetch', async (req, res) => {
  // ruleid: js.ssrf
  const r = await fetch(req.query.url);
  res.json({ status: r.status });
});

app.get('/node-fetch/fixed', async (req, res) => {
  const ignored = req.query.url;
  // ok: js.ssrf
  const r = await fetch('https://status.example.com/api');
  res.json({ status: r.status });
});

app.get('/http', (req, res) => {
  // ruleid: js.ssrf
  http.get(`http://${req.query.host}:8080/metrics`, (r) => r.pipe(res));
});

app.get('/params', async (req, res) => {
  // ok: js.ssrf
  const r = await axios.get('https://search.example.com/api', { params: { q: req.query.q } });
  res.json(r.data);
});

app.get('/request-config', async (req, res) => {
  // ruleid: js.ssrf
  const r = await axios.request({ url: req.query.target, method: 'GET' });
  res.json(r.data);
});

app.get('/request-config/fixed', async (req, res) => {
  // ok: js.ssrf
  const r = await axios.request({ url: 'https://api.example.com/ping', params: { q: req.query.q } });
  res.json(r.data);
});

app.get('/digits/:n', async (req, res) => {
  const n = req.params.n;
  if (!/^\d+$/.test(n)) {
    return res.sendStatus(400);
  }
  // ok: js.ssrf
  const r = await axios.get('http://10.0.0.' + n + '/health');
  res.json(r.data);
});

app.get('/env', async (req, res) => {
  const env = req.query.env;
  if (env === 'staging') {
    // ok: js.ssrf
    await axios.get(`https://${env}.example.com/health`);
  }
  res.end();
});
