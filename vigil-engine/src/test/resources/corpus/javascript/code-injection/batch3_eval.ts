import express, { Request, Response } from 'express';
import vm from 'vm';
import serialize from 'node-serialize';
import Fastify from 'fastify';

const app = express();
const fastify = Fastify();
const HANDLERS: Record<string, (s: string) => string> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
};

app.get('/filter', (req: Request, res: Response) => {
  const predicate = String(req.query.where);
  // ruleid: js.code-injection
  const keep = new Function('item', 'return ' + predicate);
  res.json({ ok: typeof keep });
});

app.get('/filter/fixed', (req: Request, res: Response) => {
  const ignored = req.query.where;
  // ok: js.code-injection
  const keep = new Function('item', 'return item > 0');
  res.json({ ok: typeof keep });
});

fastify.get('/calc', async (request, reply) => {
  const { a, b } = request.query as any;
  // ruleid: js.code-injection
  return { value: eval(a + '+' + b) };
});

fastify.get('/calc/int', async (request, reply) => {
  const q = request.query as any;
  const a = parseInt(q.a, 10);
  // ok: js.code-injection
  return { value: eval(a + '+ 1') };
});

app.post('/sandbox', (req: Request, res: Response) => {
  const context = vm.createContext({});
  // ruleid: js.code-injection
  vm.runInContext(req.body.code, context);
  res.end();
});

app.post('/sandbox/fixed', (req: Request, res: Response) => {
  const context = vm.createContext({ input: req.body.code });
  // ok: js.code-injection
  vm.runInContext('input.length', context);
  res.end();
});

app.get('/handler', (req: Request, res: Response) => {
  const name = String(req.query.h);
  if (!Object.prototype.hasOwnProperty.call(HANDLERS, name) || !['upper', 'lower'].includes(name)) {
    return res.sendStatus(400);
  }
  // ok: js.code-injection
  const fn = eval('HANDLERS.' + name);
  res.end();
});

app.get('/compile', (req: Request, res: Response) => {
  // ruleid: js.code-injection
  const fn = vm.compileFunction(String(req.query.body), ['x']);
  res.end();
});

app.post('/state', (req: Request, res: Response) => {
  // ruleid: js.unsafe-deserialization
  const state = serialize.unserialize(req.body.state);
  res.end();
});

app.post('/state/json', (req: Request, res: Response) => {
  // ok: js.unsafe-deserialization
  const state = JSON.parse(req.body.state);
  res.end();
});

app.get('/constant', (req: Request, res: Response) => {
  const ignored = req.query.x;
  // ok: js.code-injection
  const v = eval('1 + 2');
  res.json({ v });
});

app.get('/setting', (req: Request, res: Response) => {
  const setting = req.query.s;
  if (setting === 'debug') {
    // ok: js.code-injection
    eval("globalThis.mode = '" + setting + "'");
  }
  res.end();
});
