import crypto from 'crypto';
import https from 'https';
import tls from 'tls';
import express from 'express';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';
import CryptoJS from 'crypto-js';

const router = express.Router();

export function digestPassword(plainPassword: string): string {
  // ruleid: js.weak-hash
  return CryptoJS.MD5(plainPassword).toString();
}

export function verifyPassword(stored: string, password: string): boolean {
  // ruleid: js.weak-hash
  return crypto.createHash('sha1').update(password, 'utf8').digest('base64') === stored;
}

export function contentHash(buffer: Buffer): string {
  // ok: js.weak-hash
  return crypto.createHash('md5').update(buffer).digest('hex');
}

export function gravatarUrl(email: string): string {
  // ok: js.weak-hash
  return 'https://www.gravatar.com/avatar/' + CryptoJS.MD5(email.trim().toLowerCase()).toString();
}

export function newApiKey(): string {
  // ruleid: js.predictable-random
  const apiKey = 'ak_' + Math.random().toString(16).substring(2);
  return apiKey;
}

export function csrfToken(): string {
  // ruleid: js.predictable-random
  return (Math.random() * 1e18).toString(36);
}

export function pickShard(n: number): number {
  // ok: js.predictable-random
  return Math.floor(Math.random() * n);
}

export function uuid(): string {
  // ok: js.predictable-random
  return crypto.randomUUID();
}

// ruleid: js.hardcoded-credential
const pool = new Pool({ host: 'db', user: 'api', password: 'pg-password-42' });

export function hmacOf(body: string): string {
  // ruleid: js.hardcoded-credential
  return crypto.createHmac('sha256', 'webhook-shared-secret').update(body).digest('hex');
}

// ok: js.hardcoded-credential
const pool2 = new Pool({ host: 'db', user: 'api', password: process.env.PGPASSWORD });

export function hmacEnv(body: string): string {
  // ok: js.hardcoded-credential
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET as string).update(body).digest('hex');
}

export function connectInsecure(host: string) {
  // ruleid: js.tls-verification-disabled
  return tls.connect(443, host, { rejectUnauthorized: false });
}

export function getInsecure(url: string) {
  // ruleid: js.tls-verification-disabled
  return https.get(url, { rejectUnauthorized: false });
}

export function connectSecure(host: string, ca: string) {
  // ok: js.tls-verification-disabled
  return tls.connect(443, host, { ca });
}

router.post('/session', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET as string);
  // ruleid: js.insecure-cookie
  res.cookie('jwt', token, { httpOnly: true, secure: false });
  // ok: js.insecure-cookie
  res.cookie('jwt', token, { httpOnly: true, secure: true });
  // ok: js.insecure-cookie
  res.cookie('consent', 'yes', { secure: true });
  res.json({ ok: true });
});

export default router;
