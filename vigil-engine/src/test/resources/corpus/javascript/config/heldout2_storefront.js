'use strict';
const crypto = require('crypto');
const https = require('https');
const tls = require('tls');
const axios = require('axios');
const express = require('express');
const cors = require('cors');
const session = require('express-session');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2');
const md5 = require('md5');
const { MongoClient } = require('mongodb');

const app = express();
const admin = express();

// ruleid: js.permissive-cors
app.use(cors({ origin: true, credentials: true }));

// ok: js.permissive-cors
admin.use(cors({ origin: 'https://admin.example.com', credentials: true }));

// ok: js.permissive-cors
app.use('/public', cors());

// ruleid: js.permissive-cors
app.use('/api', cors({ origin: '*', credentials: true }));

// ok: js.permissive-cors
app.use('/feeds', cors({ origin: '*' }));

const corsOptions = { origin: true, credentials: true, maxAge: 600 };
// ruleid: js.permissive-cors
app.options('*', cors(corsOptions));

// ok: js.permissive-cors
app.use('/partners', cors({ origin: ['https://a.example.com', 'https://b.example.com'], credentials: true }));

app.use((req, res, next) => {
  // ruleid: js.permissive-cors
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

admin.use((req, res, next) => {
  // ok: js.permissive-cors
  res.header('Access-Control-Allow-Origin', 'https://admin.example.com');
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});

// ruleid: js.insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false } }));

// ok: js.insecure-cookie
admin.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

// ruleid: js.insecure-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], httpOnly: false }));

// ok: js.insecure-cookie
admin.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true }));

function hashPassword(password) {
  // ruleid: js.weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function legacyLogin(user, pwd) {
  // ruleid: js.weak-hash
  return md5(pwd) === user.pwdHash;
}

function storePassword(user, newPassword) {
  // ruleid: js.weak-hash
  user.passwordHash = crypto.createHash('sha1').update(user.salt + newPassword).digest('hex');
}

function etagFor(body) {
  // ok: js.weak-hash
  return crypto.createHash('md5').update(body).digest('base64');
}

function avatarUrl(email) {
  // ok: js.weak-hash
  return `https://www.gravatar.com/avatar/${md5(email.toLowerCase())}`;
}

function strongPasswordHash(password, salt) {
  // ok: js.weak-hash
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

function resetToken() {
  // ruleid: js.predictable-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function orderOtp() {
  // ruleid: js.predictable-random
  const otp = Math.floor(100000 + Math.random() * 900000);
  return otp;
}

function generateSessionId() {
  let id = '';
  for (let i = 0; i < 32; i++) {
    // ruleid: js.predictable-random
    id += 'abcdef0123456789'[Math.floor(Math.random() * 16)];
  }
  return id;
}

function shuffleProducts(products) {
  // ok: js.predictable-random
  return products.sort(() => Math.random() - 0.5);
}

function randomBanner(banners) {
  // ok: js.predictable-random
  return banners[Math.floor(Math.random() * banners.length)];
}

function resetTokenSecure() {
  // ok: js.predictable-random
  return crypto.randomBytes(32).toString('hex');
}

function signOrder(order) {
  // ruleid: js.hardcoded-credential
  return crypto.createHmac('sha256', 'order-signing-secret').update(JSON.stringify(order)).digest('hex');
}

function issueToken(user) {
  // ruleid: js.hardcoded-credential
  return jwt.sign({ sub: user.id }, 'storefront-jwt-secret', { expiresIn: '1h' });
}

function db() {
  // ruleid: js.hardcoded-credential
  return mysql.createPool({ host: 'db', user: 'shop', password: 'Sh0pP4ss!', database: 'shop' });
}

function signOrderEnv(order) {
  // ok: js.hardcoded-credential
  return crypto.createHmac('sha256', process.env.ORDER_SECRET).update(JSON.stringify(order)).digest('hex');
}

function issueTokenEnv(user) {
  // ok: js.hardcoded-credential
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

function dbEnv() {
  // ok: js.hardcoded-credential
  return mysql.createPool({ host: 'db', user: 'shop', password: process.env.DB_PASSWORD, database: 'shop' });
}

function fetchInsecure(url) {
  // ruleid: js.tls-verification-disabled
  return axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
}

function postPayment(body) {
  // ruleid: js.tls-verification-disabled
  const req = https.request({ host: 'pay.example.com', method: 'POST', rejectUnauthorized: false });
  req.end(JSON.stringify(body));
}

function socket() {
  // ruleid: js.tls-verification-disabled
  return tls.connect({ host: 'ledger', port: 7000, rejectUnauthorized: false });
}

function fetchVerified(url) {
  // ok: js.tls-verification-disabled
  return axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: true, ca: process.env.CA }) });
}

function postPaymentVerified(body) {
  // ok: js.tls-verification-disabled
  const req = https.request({ host: 'pay.example.com', method: 'POST' });
  req.end(JSON.stringify(body));
}

function socketVerified() {
  // ok: js.tls-verification-disabled
  return tls.connect({ host: 'ledger', port: 7000, servername: 'ledger' });
}

app.post('/login', (req, res) => {
  // ruleid: js.insecure-cookie
  res.cookie('sessionId', resetTokenSecure(), { secure: true });
  // ruleid: js.insecure-cookie
  res.cookie('refresh_token', resetTokenSecure(), { httpOnly: true, secure: false, sameSite: 'strict' });
  // ok: js.insecure-cookie
  res.cookie('token', resetTokenSecure(), { httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: js.insecure-cookie
  res.cookie('cart', JSON.stringify([]), { maxAge: 86400000 });
  res.json({ ok: true });
});

app.get('/stream', (req, res) => {
  // ruleid: js.permissive-cors
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' });
  res.end();
});

app.listen(3000);
