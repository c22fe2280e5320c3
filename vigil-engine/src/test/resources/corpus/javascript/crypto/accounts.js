const crypto = require('crypto');
const https = require('https');
const express = require('express');
const jwt = require('jsonwebtoken');
const session = require('express-session');
const mysql = require('mysql');
const md5 = require('md5');

const app = express();

function hashPassword(password) {
  // ruleid: js.weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function checkPassword(user, password) {
  // ruleid: js.weak-hash
  const hashed = crypto.createHash('sha1').update(user.salt + password).digest('hex');
  return hashed === user.passwordHash;
}

function legacyPasswordDigest(pwd) {
  // ruleid: js.weak-hash
  return md5(pwd);
}

function etagOf(body) {
  // ok: js.weak-hash
  return crypto.createHash('md5').update(body).digest('hex');
}

function strongHash(password, salt) {
  // ok: js.weak-hash
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

function sha256Password(password) {
  // ok: js.weak-hash
  return crypto.createHash('sha256').update(password).digest('hex');
}

function makeResetToken() {
  // ruleid: js.predictable-random
  return Math.random().toString(36).slice(2);
}

function createSession(user) {
  // ruleid: js.predictable-random
  const sessionId = Math.floor(Math.random() * 1e16).toString(16);
  return { user, sessionId };
}

function issueOtp() {
  // ruleid: js.predictable-random
  const otp = Math.floor(100000 + Math.random() * 900000);
  return otp;
}

function randomColor(colors) {
  // ok: js.predictable-random
  return colors[Math.floor(Math.random() * colors.length)];
}

function backoff(attempt) {
  // ok: js.predictable-random
  return 2 ** attempt * 100 + Math.random() * 100;
}

function secureToken() {
  // ok: js.predictable-random
  return crypto.randomBytes(32).toString('hex');
}

function sign(payload) {
  // ruleid: js.hardcoded-credential
  return jwt.sign(payload, 'super-secret-jwt-key', { expiresIn: '1h' });
}

function verify(token) {
  // ruleid: js.hardcoded-credential
  return jwt.verify(token, 'super-secret-jwt-key');
}

// ruleid: js.hardcoded-credential
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));

// ruleid: js.hardcoded-credential
const db = mysql.createConnection({ host: 'db', user: 'app', password: 'app-password' });

function signEnv(payload) {
  // ok: js.hardcoded-credential
  return jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' });
}

// ok: js.hardcoded-credential
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// ok: js.hardcoded-credential
const db2 = mysql.createConnection({ host: 'db', user: 'app', password: process.env.DB_PASSWORD });

function verifyWith(token, key) {
  // ok: js.hardcoded-credential
  return jwt.verify(token, key);
}

function insecureAgent() {
  // ruleid: js.tls-verification-disabled
  return new https.Agent({ rejectUnauthorized: false });
}

function insecureRequest(host) {
  // ruleid: js.tls-verification-disabled
  return https.request({ host, path: '/', rejectUnauthorized: false });
}

function disableGlobally() {
  // ruleid: js.tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

function secureAgent(ca) {
  // ok: js.tls-verification-disabled
  return new https.Agent({ ca, rejectUnauthorized: true });
}

function plainRequest(host) {
  // ok: js.tls-verification-disabled
  return https.request({ host, path: '/' });
}

function enableGlobally() {
  // ok: js.tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

app.post('/login', (req, res) => {
  // ruleid: js.insecure-cookie
  res.cookie('session', createSession(req.body.user).sessionId);
  // ruleid: js.insecure-cookie
  res.cookie('auth_token', secureToken(), { httpOnly: true });
  // ok: js.insecure-cookie
  res.cookie('sid', secureToken(), { secure: true, httpOnly: true, sameSite: 'lax' });
  // ok: js.insecure-cookie
  res.cookie('theme', 'dark');
  // ok: js.insecure-cookie
  res.cookie('lang', req.body.lang, { maxAge: 3600000 });
  res.send('ok');
});
