const mixinDeep = require('mixin-deep');
const http = require('http');
const { URL } = require('url');

class ConfigStore {
  constructor() {
    this.values = {};
  }

  apply(target, patch) {
    for (const key in patch) {
      if (typeof patch[key] === 'object') {
        target[key] = target[key] || {};
        this.apply(target[key], patch[key]);
      } else {
        // ruleid: js.prototype-pollution
        target[key] = patch[key];
      }
    }
  }
}

const config = new ConfigStore();

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const patch = JSON.parse(body);
    config.apply(config.values, patch);
    // ruleid: js.prototype-pollution
    mixinDeep(config.values, patch);
    // ok: js.prototype-pollution
    mixinDeep(config.values, { loadedAt: Date.now() });
    const params = new URL(req.url, 'http://localhost').searchParams;
    // ok: js.prototype-pollution
    config.values[params.get('name')] = 'seen';
    res.end('ok');
  });
}).listen(8080);
