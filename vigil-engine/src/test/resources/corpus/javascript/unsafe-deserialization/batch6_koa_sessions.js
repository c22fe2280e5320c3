const Koa = require('koa');
const Router = require('@koa/router');
const nodeSerialize = require('node-serialize');
const v8 = require('v8');
const jsyaml = require('js-yaml');

const app = new Koa();
const router = new Router();

router.get('/cart', (ctx) => {
  const saved = ctx.cookies.get('cart');
  // ruleid: js.unsafe-deserialization
  ctx.state.cart = nodeSerialize.unserialize(Buffer.from(saved, 'base64').toString());
  ctx.status = 204;
});

router.post('/snapshot', (ctx) => {
  // ruleid: js.unsafe-deserialization
  const snapshot = v8.deserialize(Buffer.from(ctx.request.body.data, 'base64'));
  ctx.status = snapshot ? 204 : 400;
});

router.post('/pipeline', (ctx) => {
  // ruleid: js.unsafe-deserialization
  const pipeline = jsyaml.load(ctx.request.body.yaml, { schema: jsyaml.FULL_SCHEMA });
  ctx.status = pipeline ? 204 : 400;
});

router.get('/widget', (ctx) => {
  const state = ctx.query.state;
  // ruleid: js.unsafe-deserialization
  const widget = nodeSerialize.unserialize(decodeURIComponent(state));
  ctx.status = widget ? 204 : 400;
});

router.post('/restore', (ctx) => {
  const { blob } = ctx.request.body;
  // ruleid: js.unsafe-deserialization
  const restored = nodeSerialize.unserialize(blob);
  ctx.status = restored ? 204 : 400;
});

router.get('/cart/json', (ctx) => {
  const saved = ctx.cookies.get('cart');
  // ok: js.unsafe-deserialization
  ctx.state.cart = JSON.parse(Buffer.from(saved, 'base64').toString());
  ctx.status = 204;
});

router.post('/pipeline/safe', (ctx) => {
  // ok: js.unsafe-deserialization
  const pipeline = jsyaml.load(ctx.request.body.yaml);
  ctx.status = pipeline ? 204 : 400;
});

router.post('/snapshot/own', (ctx) => {
  // ok: js.unsafe-deserialization
  const copy = v8.deserialize(v8.serialize({ at: Date.now() }));
  ctx.body = { copy, name: ctx.request.body.name };
});

app.use(router.routes());
