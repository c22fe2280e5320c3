const express = require('express');
const escapeHtml = require('escape-html');
const Koa = require('koa');
const Router = require('@koa/router');

const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name;
  // ruleid: js.xss
  res.send('<h1>Hello ' + name + '</h1>');
});

app.get('/hello/escaped', (req, res) => {
  const name = req.query.name;
  // ok: js.xss
  res.send('<h1>Hello ' + escapeHtml(name) + '</h1>');
});

app.get('/hello/render', (req, res) => {
  // ok: js.xss
  res.render('hello', { name: req.query.name });
});

app.get('/hello/json', (req, res) => {
  // ok: js.xss
  res.json({ greeting: 'Hello ' + req.query.name });
});

app.get('/profile/:user', (req, res) => {
  // ruleid: js.xss
  res.send(`<p>Profile of ${req.params.user}</p>`);
});

app.get('/status', (req, res) => {
  const err = req.query.error;
  // ruleid: js.xss
  res.status(400).send('<b>Error: ' + err + '</b>');
});

app.get('/status/int', (req, res) => {
  const code = parseInt(req.query.code, 10);
  // ok: js.xss
  res.status(400).send('<b>Code: ' + code + '</b>');
});

app.get('/write', (req, res) => {
  const msg = req.query.msg;
  // ruleid: js.xss
  res.write('<div>' + msg + '</div>');
  res.end();
});

app.get('/write/encoded', (req, res) => {
  const msg = req.query.msg;
  // ok: js.xss
  res.write('<div>' + encodeURIComponent(msg) + '</div>');
  res.end();
});

function renderRow(value) {
  return '<td>' + value + '</td>';
}

app.get('/row', (req, res) => {
  // ruleid: js.xss
  res.send(renderRow(req.query.v));
});

app.get('/row/escaped', (req, res) => {
  // ok: js.xss
  res.send(renderRow(escapeHtml(req.query.v)));
});

app.get('/choice', (req, res) => {
  let color = req.query.color;
  if (!['red', 'green', 'blue'].includes(color)) {
    color = 'red';
  }
  // ok: js.xss
  res.send("<p style='color:" + color + "'>colour</p>");
});

app.get('/agent', (req, res) => {
  const agent = req.get('User-Agent');
  // ruleid: js.xss
  res.end('<pre>' + agent + '</pre>');
});

app.get('/constant', (req, res) => {
  const ignored = req.query.q;
  // ok: js.xss
  res.send('<p>Hi there</p>');
});

const koa = new Koa();
const router = new Router();

router.get('/koa/hello', (ctx) => {
  const name = ctx.query.name;
  // ruleid: js.xss
  ctx.body = '<h1>Hello ' + name + '</h1>';
});

router.get('/koa/escaped', (ctx) => {
  const name = ctx.query.name;
  // ok: js.xss
  ctx.body = '<h1>Hello ' + escapeHtml(name) + '</h1>';
});

koa.use(async (ctx) => {
  // ruleid: js.xss
  ctx.body = `<p>${ctx.params.id}</p>`;
});

app.get('/cookie', (req, res) => {
  const theme = req.cookies.theme;
  // ruleid: js.xss
  res.send("<body class='" + theme + "'></body>");
});

app.get('/search', (req, res) => {
  const { q } = req.query;
  const page = `<html><body>Results for ${q}</body></html>`;
  // ruleid: js.xss
  res.send(page);
});

app.get('/search/overwritten', (req, res) => {
  let q = req.query.q;
  q = 'everything';
  // ok: js.xss
  res.send(`<html><body>Results for ${q}</body></html>`);
});
