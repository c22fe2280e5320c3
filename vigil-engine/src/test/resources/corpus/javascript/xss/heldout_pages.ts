import express, { Request, Response } from 'express';
import escape from 'escape-html';
import Fastify from 'fastify';
import http from 'http';

const app = express();

app.get('/greet', (req: Request, res: Response) => {
  const who = (req.query.who as string) ?? 'world';
  // ruleid: js.xss
  res.send(`<h1>Hello, ${who}!</h1>`);
});

app.get('/greet/escaped', (req: Request, res: Response) => {
  const who = (req.query.who as string) ?? 'world';
  // ok: js.xss
  res.send(`<h1>Hello, ${escape(who)}!</h1>`);
});

app.get('/list', (req: Request, res: Response) => {
  const items = String(req.query.items).split(',');
  const html = items.map((i) => '<li>' + i + '</li>').join('');
  // ruleid: js.xss
  res.send('<ul>' + html + '</ul>');
});

app.get('/count', (req: Request, res: Response) => {
  const items = String(req.query.items).split(',');
  // ok: js.xss
  res.send('<p>' + items.length + ' items</p>');
});

http.createServer((req, res) => {
  // ruleid: js.xss
  res.end('<p>You asked for ' + req.url + '</p>');
});

app.get('/type', (req: Request, res: Response) => {
  const name = req.query.name;
  // ok: js.xss
  res.json({ name });
});
