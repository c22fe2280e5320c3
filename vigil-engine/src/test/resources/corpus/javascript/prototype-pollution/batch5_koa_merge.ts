import Koa from 'koa';
import Router from '@koa/router';
import merge from 'lodash/merge';
import set from 'lodash/set';

const app = new Koa();
const router = new Router();
const store: Record<string, any> = {};

function assignDeep(target: any, source: any): any {
  Object.keys(source).forEach((key) => {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] ?? {};
      assignDeep(target[key], source[key]);
    } else {
      // ruleid: js.prototype-pollution
      target[key] = source[key];
    }
  });
  return target;
}

function assignDeepSafe(target: any, source: any): any {
  Object.keys(source).forEach((key) => {
    if (Object.hasOwn(target, key) === false && ['__proto__', 'constructor'].includes(key)) return;
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] ?? {};
      assignDeepSafe(target[key], source[key]);
    } else {
      // ok: js.prototype-pollution
      target[key] = source[key];
    }
  });
  return target;
}

router.post('/store', (ctx) => {
  assignDeep(store, ctx.request.body);
  assignDeepSafe(store, ctx.request.body);
  ctx.body = { ok: true };
});

router.post('/store/lodash', (ctx) => {
  // ruleid: js.prototype-pollution
  merge(store, ctx.request.body);
  ctx.body = { ok: true };
});

router.post('/store/path', (ctx) => {
  // ruleid: js.prototype-pollution
  set(store, ctx.query.path as string, ctx.query.value);
  ctx.body = { ok: true };
});

router.post('/store/fixed', (ctx) => {
  // ok: js.prototype-pollution
  merge(store, { updatedAt: Date.now() });
  ctx.body = { ok: true };
});

router.post('/store/json', (ctx) => {
  const patch = JSON.parse(ctx.request.rawBody);
  // ruleid: js.prototype-pollution
  merge(store, patch);
  ctx.body = { ok: true };
});

router.post('/store/shallow', (ctx) => {
  // ok: js.prototype-pollution
  Object.assign(store, ctx.request.body);
  ctx.body = { ok: true };
});

app.use(router.routes());
