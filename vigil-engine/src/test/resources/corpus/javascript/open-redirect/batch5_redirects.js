const express = require('express');
const { URL } = require('url');

const app = express();
const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

app.get('/login/done', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.query.next);
});

app.get('/logout', (req, res) => {
  const target = req.query.returnTo || '/';
  // ruleid: js.open-redirect
  res.redirect(302, target);
});

app.get('/go/:encoded', (req, res) => {
  const url = Buffer.from(req.params.encoded, 'base64').toString('utf8');
  // ruleid: js.open-redirect
  res.redirect(url);
});

app.get('/back', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.get('Referer'));
});

app.get('/oauth/callback', (req, res) => {
  const state = JSON.parse(req.query.state);
  // ruleid: js.open-redirect
  res.location(state.returnUrl);
  res.sendStatus(302);
});

app.get('/shop', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(`${req.query.site}/cart`);
});

app.get('/home', (req, res) => {
  // ok: js.open-redirect
  res.redirect('/dashboard');
});

app.get('/docs', (req, res) => {
  // ok: js.open-redirect
  res.redirect('/docs/' + encodeURIComponent(req.query.page));
});

app.get('/external', (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.sendStatus(400);
  // ok: js.open-redirect
  res.redirect(target.toString());
});

app.get('/help', (req, res) => {
  // ok: js.open-redirect
  res.redirect(`https://help.example.com/articles/${encodeURIComponent(req.query.id)}`);
});

app.get('/lang', (req, res) => {
  const lang = req.query.lang === 'fr' ? 'fr' : 'en';
  // ok: js.open-redirect
  res.redirect('/' + lang + '/index.html');
});

app.get('/legacy/:id', (req, res) => {
  // ok: js.open-redirect
  res.redirect(301, `/items/${parseInt(req.params.id, 10)}`);
});

module.exports = app;
