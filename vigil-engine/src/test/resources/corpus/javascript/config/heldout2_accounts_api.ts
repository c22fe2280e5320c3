import crypto from 'node:crypto';
import https from 'node:https';
import express, { Request, Response } from 'express';
import cors from 'cors';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';
import { Sequelize } from 'sequelize';
import CryptoJS from 'crypto-js';
import fetch from 'node-fetch';
import Koa from 'koa';
import koaCors from '@koa/cors';
import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const app = express();
const koa = new Koa();
const fastify = Fastify();

const allowAll = { origin: true, credentials: true };

// ruleid: js.permissive-cors
app.use(cors(allowAll));

// ruleid: js.permissive-cors
koa.use(koaCors({ origin: '*', credentials: true }));

// ok: js.permissive-cors
koa.use(koaCors({ origin: 'https://accounts.example.com', credentials: true }));

// ruleid: js.permissive-cors
fastify.register(fastifyCors, { origin: true, credentials: true });

// ok: js.permissive-cors
fastify.register(fastifyCors, { origin: ['https://accounts.example.com'], credentials: true });

// ok: js.permissive-cors
fastify.register(fastifyCors, { origin: true });

app.use('/v2', cors({
  // ruleid: js.permissive-cors
  origin: (origin, callback) => callback(null, true),
  credentials: true,
}));

app.use('/v3', cors({
  // ok: js.permissive-cors
  origin: (origin, callback) => callback(null, ['https://accounts.example.com'].includes(origin)),
  credentials: true,
}));

app.get('/whoami', (req: Request, res: Response) => {
  // ruleid: js.permissive-cors
  res.set('Access-Control-Allow-Origin', req.get('origin'));
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({});
});

app.get('/status', (req: Request, res: Response) => {
  // ok: js.permissive-cors
  res.set('Access-Control-Allow-Origin', '*');
  res.json({ up: true });
});

app.get('/me', (req: Request, res: Response) => {
  const origin = req.headers.origin as string;
  if (['https://accounts.example.com', 'https://app.example.com'].includes(origin)) {
    // ok: js.permissive-cors
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.json({});
});

// ruleid: js.insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET as string, cookie: { httpOnly: false, secure: true } }));

// ok: js.insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET as string, cookie: { secure: process.env.NODE_ENV === 'production' } }));

export function hashPw(pw: string): string {
  // ruleid: js.weak-hash
  return CryptoJS.SHA1(pw).toString();
}

export function passwordMatches(candidatePassword: string, stored: string): boolean {
  // ruleid: js.weak-hash
  return crypto.createHash('md5').update(candidatePassword).digest('hex') === stored;
}

export function hashPasswords(users: { password: string }[]): string[] {
  // ruleid: js.weak-hash
  return users.map((u) => crypto.createHash('sha1').update(u.password).digest('hex'));
}

export function cacheKey(url: string): string {
  // ok: js.weak-hash
  return crypto.createHash('sha1').update(url).digest('hex');
}

export function fileDigest(buf: Buffer): string {
  // ok: js.weak-hash
  return CryptoJS.MD5(buf.toString('binary')).toString();
}

export function passwordSha512(password: string, salt: string): string {
  // ok: js.weak-hash
  return crypto.pbkdf2Sync(password, salt, 310000, 64, 'sha512').toString('hex');
}

export function apiKey(): string {
  // ruleid: js.predictable-random
  return 'key_' + Math.random().toString(36).substring(2, 18);
}

export function nonce(): number {
  // ruleid: js.predictable-random
  return Math.floor(Math.random() * Number.MAX_SAFE_INTEGER);
}

export function inviteCode(): string {
  // ruleid: js.predictable-random
  const inviteCode = [...Array(8)].map(() => Math.random().toString(36)[2]).join('');
  return inviteCode;
}

export function jitterMs(base: number): number {
  // ok: js.predictable-random
  return base + Math.floor(Math.random() * 250);
}

export function sampleUsers<T>(users: T[]): T[] {
  // ok: js.predictable-random
  return users.filter(() => Math.random() < 0.01);
}

export function apiKeySecure(): string {
  // ok: js.predictable-random
  return 'key_' + crypto.randomBytes(16).toString('hex');
}

export function verify(token: string) {
  // ruleid: js.hardcoded-credential
  return jwt.verify(token, 'accounts-jwt-secret');
}

export const pool = new Pool({
  host: 'db',
  user: 'accounts',
  // ruleid: js.hardcoded-credential
  password: 'acc0unts-db',
});

// ruleid: js.hardcoded-credential
export const sequelize = new Sequelize('accounts', 'accounts', 'seq-pass-2021', { dialect: 'postgres' });

export function encrypt(text: string): string {
  const iv = crypto.randomBytes(16);
  // ruleid: js.hardcoded-credential
  const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from('0123456789abcdef0123456789abcdef'), iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

export function verifyEnv(token: string) {
  // ok: js.hardcoded-credential
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY as string, { algorithms: ['RS256'] });
}

export const poolEnv = new Pool({
  host: 'db',
  user: 'accounts',
  // ok: js.hardcoded-credential
  password: process.env.PGPASSWORD,
});

// ok: js.hardcoded-credential
export const sequelizeEnv = new Sequelize(process.env.DATABASE_URL as string);

export function encryptEnv(text: string): string {
  const iv = crypto.randomBytes(16);
  // ok: js.hardcoded-credential
  const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from(process.env.ENC_KEY as string, 'hex'), iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

// ruleid: js.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const insecureAgent = new https.Agent({
  // ruleid: js.tls-verification-disabled
  rejectUnauthorized: false,
});

export async function callPartner(url: string) {
  // ruleid: js.tls-verification-disabled
  return fetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) });
}

export function partnerGet(url: string) {
  // ruleid: js.tls-verification-disabled
  return https.get(url, { rejectUnauthorized: false }, (res) => res.resume());
}

// ok: js.tls-verification-disabled
process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/partner-ca.pem';

export async function callPartnerVerified(url: string) {
  // ok: js.tls-verification-disabled
  return fetch(url, { agent: new https.Agent({ keepAlive: true }) });
}

export function partnerGetVerified(url: string) {
  // ok: js.tls-verification-disabled
  return https.get(url, { ca: process.env.PARTNER_CA }, (res) => res.resume());
}

export function login(req: Request, res: Response) {
  // ruleid: js.insecure-cookie
  res.cookie('auth', apiKeySecure(), { sameSite: 'lax' });
  // ok: js.insecure-cookie
  res.cookie('auth', apiKeySecure(), { secure: true, httpOnly: true, sameSite: 'lax' });
  // ok: js.insecure-cookie
  res.cookie('tz', String(req.query.tz));
  res.json({ insecureAgent: !!insecureAgent });
}
