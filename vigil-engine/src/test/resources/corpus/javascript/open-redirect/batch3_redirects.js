const express = require('express');
const Koa = require('koa');
const Router = require('@koa/router');

const app = express();
const SAFE = ['/', '/home', '/settings'];

app.get('/login', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.query.next);
});

app.get('/login/status', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(302, req.query.next);
});

app.get('/go', (req, res) => {
  const target = req.query.to;
  if (!SAFE.includes(target)) {
    return res.redirect('/');
  }
  // ok: js.open-redirect
  res.redirect(target);
});

app.get('/out', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect('https://' + req.query.host + '/landing');
});

app.get('/out/fixed', (req, res) => {
  const page = req.query.page;
  // ok: js.open-redirect
  res.redirect('/docs/' + encodeURIComponent(page));
});

app.get('/internal', (req, res) => {
  const ignored = req.query.next;
  // ok: js.open-redirect
  res.redirect('/dashboard');
});

app.get('/location', (req, res) => {
  // ruleid: js.open-redirect
  res.location(req.get('Referer')).sendStatus(302);
});

const router = new Router();

router.get('/koa/login', (ctx) => {
  // ruleid: js.open-redirect
  ctx.redirect(ctx.query.next);
});

router.get('/koa/fixed', (ctx) => {
  const ignored = ctx.query.next;
  // ok: js.open-redirect
  ctx.redirect('/home');
});
