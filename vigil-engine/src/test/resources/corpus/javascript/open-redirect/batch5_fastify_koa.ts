import Fastify from 'fastify';
import Koa from 'koa';
import Router from '@koa/router';

const fastify = Fastify();
const koa = new Koa();
const router = new Router();
const SAFE_PATHS = ['/home', '/settings', '/billing'];

fastify.get('/sso/return', async (request, reply) => {
  const { redirect_uri } = request.query as { redirect_uri: string };
  // ruleid: js.open-redirect
  return reply.redirect(redirect_uri);
});

fastify.get('/sso/safe', async (request, reply) => {
  const { to } = request.query as { to: string };
  if (!SAFE_PATHS.includes(to)) return reply.code(400).send();
  // ok: js.open-redirect
  return reply.redirect(to);
});

router.get('/continue', (ctx) => {
  // ruleid: js.open-redirect
  ctx.redirect(ctx.query.continue as string);
});

router.get('/after-signup', (ctx) => {
  const next = ctx.request.query.next as string;
  // ruleid: js.open-redirect
  ctx.redirect(next || '/');
});

router.get('/profile', (ctx) => {
  // ok: js.open-redirect
  ctx.redirect('/users/' + encodeURIComponent(String(ctx.query.user)));
});

router.get('/fixed', (ctx) => {
  // ok: js.open-redirect
  ctx.redirect('back');
});

fastify.get('/cdn', async (request, reply) => {
  const { file } = request.query as { file: string };
  // ok: js.open-redirect
  return reply.redirect('https://cdn.example.com/' + file);
});

fastify.get('/relay', async (request, reply) => {
  const { host } = request.headers as { host: string };
  // ruleid: js.open-redirect
  return reply.redirect('https://' + host + '/welcome');
});

koa.use(router.routes());
