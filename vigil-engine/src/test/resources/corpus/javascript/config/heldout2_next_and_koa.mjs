import crypto from 'crypto';
import https from 'https';
import axios from 'axios';
import Koa from 'koa';
import Router from '@koa/router';
import koaSession from 'koa-session';
import express from 'express';
import cookieSession from 'cookie-session';
import cors from 'cors';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import sha1 from 'sha1';
import got from 'got';
import { createClient } from 'redis';

const app = new Koa();
const router = new Router();
const web = express();

// ruleid: js.insecure-cookie
app.use(koaSession({ key: 'koa.sess', httpOnly: false }, app));

// ruleid: js.insecure-cookie
app.use(koaSession({ key: 'koa.sess', secure: false, signed: true }, app));

// ok: js.insecure-cookie
app.use(koaSession({ key: 'koa.sess', secure: true, httpOnly: true }, app));

router.post('/login', async (ctx) => {
  const token = crypto.randomBytes(24).toString('hex');
  // ruleid: js.insecure-cookie
  ctx.cookies.set('session_token', token, { httpOnly: true, secure: false });
  // ruleid: js.insecure-cookie
  ctx.cookies.set('remember_login', token, { httpOnly: false });
  // ok: js.insecure-cookie
  ctx.cookies.set('session_token', token, { httpOnly: true, secure: true });
  // ok: js.insecure-cookie
  ctx.cookies.set('last_page', ctx.path);
  ctx.body = { ok: true };
});

// ruleid: js.insecure-cookie
web.use(cookieSession({ name: 'sess', secret: process.env.COOKIE_SECRET, secure: false }));

web.post('/sso', (req, res) => {
  // ruleid: js.insecure-cookie
  res.cookie('jwt', req.body.assertion, { httpOnly: false, secure: true });
  res.end();
});

router.use(async (ctx, next) => {
  // ruleid: js.permissive-cors
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});

router.get('/feed', async (ctx) => {
  // ok: js.permissive-cors
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.body = [];
});

// ruleid: js.permissive-cors
web.use(cors({ credentials: true, origin: /.*/ }));

// ok: js.permissive-cors
web.use(cors({ credentials: true, origin: /^https:\/\/[a-z]+\.example\.com$/ }));

// ruleid: js.permissive-cors
web.use('/embed', cors({ origin: (o, cb) => cb(null, o), credentials: true }));

web.use('/echo', (req, res, next) => {
  // ruleid: js.permissive-cors
  res.header('Access-Control-Allow-Origin', req.header('Origin') || '*');
  res.header('Access-Control-Allow-Credentials', true);
  next();
});

web.use('/open', (req, res, next) => {
  // ok: js.permissive-cors
  res.header('Access-Control-Allow-Origin', req.header('Origin'));
  res.header('Access-Control-Allow-Methods', 'GET');
  next();
});

// ok: js.permissive-cors
web.use('/ro', cors({ origin: true, methods: ['GET'] }));

// ok: js.permissive-cors
web.use('/cfg', cors({ origin: process.env.ALLOWED_ORIGIN, credentials: true }));

// ruleid: js.permissive-cors
web.use('/all', cors({ origin: '*', credentials: true, optionsSuccessStatus: 200 }));

export function saltedPassword(password, salt) {
  // ruleid: js.weak-hash
  return sha1(salt + password);
}

export function passwordFingerprint(password) {
  // ruleid: js.weak-hash
  return crypto.createHash('md5').update(password, 'utf8').digest('base64');
}

export function adminPassword(adminPwd) {
  // ruleid: js.weak-hash
  return crypto.createHash('sha1').update(adminPwd).digest('hex');
}

export function storeUserPassword(user, password) {
  // ruleid: js.weak-hash
  user.hash = crypto.createHash('md5').update(password).digest('hex');
}

export function deduplicate(message) {
  // ok: js.weak-hash
  return sha1(message.body);
}

export function shardFor(key) {
  // ok: js.weak-hash
  return parseInt(crypto.createHash('md5').update(key).digest('hex').slice(0, 8), 16) % 16;
}

export async function passwordBcrypt(password) {
  // ok: js.weak-hash
  return bcrypt.hash(password, 12);
}

export function cacheKey(parts) {
  // ok: js.weak-hash
  return crypto.createHash('sha1').update(parts.join(':')).digest('hex');
}

export function newSecret() {
  // ruleid: js.predictable-random
  return Math.random().toString(16).slice(2);
}

export function makeCsrfToken(req) {
  // ruleid: js.predictable-random
  req.session.csrf = String(Math.random()).slice(2);
}

export function activationCode() {
  // ruleid: js.predictable-random
  return Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)).join('');
}

export function generatePassword() {
  // ruleid: js.predictable-random
  const password = Math.random().toString(36).slice(-10);
  return password;
}

export function abBucket() {
  // ok: js.predictable-random
  return Math.random() < 0.5 ? 'A' : 'B';
}

export function retryDelay(attempt) {
  // ok: js.predictable-random
  return 2 ** attempt * 100 + Math.random() * 100;
}

export function placeholderColor() {
  // ok: js.predictable-random
  return '#' + Math.floor(Math.random() * 0xffffff).toString(16);
}

export function newSecretSecure() {
  // ok: js.predictable-random
  return crypto.randomBytes(20).toString('hex');
}

export function signSession(payload) {
  // ruleid: js.hardcoded-credential
  return jwt.sign(payload, 'koa-session-secret', { algorithm: 'HS256' });
}

export function cache() {
  // ruleid: js.hardcoded-credential
  return createClient({ url: 'redis://cache:6379', password: 'redis-pass-123' });
}

export function signSessionEnv(payload) {
  // ok: js.hardcoded-credential
  return jwt.sign(payload, process.env.SESSION_JWT_KEY, { algorithm: 'HS256' });
}

export function cacheEnv() {
  // ok: js.hardcoded-credential
  return createClient({ url: process.env.REDIS_URL });
}

export async function fetchFeed(url) {
  // ruleid: js.tls-verification-disabled
  return got(url, { https: { rejectUnauthorized: false } });
}

export const insecureClient = axios.create({
  // ruleid: js.tls-verification-disabled
  httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
});

export function allowSelfSigned() {
  // ruleid: js.tls-verification-disabled
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
}

export async function fetchFeedVerified(url) {
  // ok: js.tls-verification-disabled
  return got(url, { https: { certificateAuthority: process.env.FEED_CA } });
}

export const client = axios.create({
  // ok: js.tls-verification-disabled
  httpsAgent: new https.Agent({ keepAlive: true }),
});

export function requireVerification() {
  // ok: js.tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

export function agentFromEnv() {
  // ok: js.tls-verification-disabled
  return new https.Agent({ rejectUnauthorized: process.env.TLS_STRICT !== 'false' });
}

export function tlsOptions(ca) {
  // ok: js.tls-verification-disabled
  return { ca, rejectUnauthorized: true };
}

app.use(router.routes());
