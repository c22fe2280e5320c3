import express, { Request, Response } from 'express';
import axios from 'axios';
import https from 'https';

const app = express();
const ALLOWED_HOSTS = ['api.example.com', 'cdn.example.com'];

app.get('/proxy', async (req: Request, res: Response) => {
  const url = req.query.url as string;
  // ruleid: js.ssrf
  const r = await axios.get(url);
  res.json(r.data);
});

app.get('/proxy/allowed', async (req: Request, res: Response) => {
  const url = req.query.url as string;
  if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) {
    return res.status(403).end();
  }
  // ok: js.ssrf
  const r = await axios.get(url);
  res.json(r.data);
});

app.post('/webhook', async (req: Request, res: Response) => {
  const target = req.body.callback;
  // ruleid: js.ssrf
  await fetch(target, { method: 'POST', body: 'done' });
  res.send('ok');
});

app.get('/avatar', (req: Request, res: Response) => {
  const host = req.query.host;
  // ruleid: js.ssrf
  https.get('https://' + host + '/avatar.png', (r) => r.pipe(res));
});

app.get('/avatar/fixed', (req: Request, res: Response) => {
  const user = req.query.user;
  // ok: js.ssrf
  https.get('https://avatars.example.com/default.png', (r) => r.pipe(res));
});

app.get('/axios', async (req: Request, res: Response) => {
  const endpoint = req.headers['x-endpoint'] as string;
  // ruleid: js.ssrf
  const r = await axios(endpoint);
  res.json(r.data);
});

app.get('/axios/post', async (req: Request, res: Response) => {
  // ruleid: js.ssrf
  await axios.post(`http://${req.params.host}/sync`, {});
  res.end();
});

async function fetchPreview(link: string) {
  // ruleid: js.ssrf
  const r = await fetch(link);
  return r.status;
}

app.get('/preview', async (req: Request, res: Response) => {
  const status = await fetchPreview(req.query.link as string);
  res.json({ status });
});

app.get('/preview/constant', async (req: Request, res: Response) => {
  const ignored = req.query.link;
  // ok: js.ssrf
  const r = await fetch('https://status.example.com/health');
  res.json({ status: r.status });
});

app.get('/item', async (req: Request, res: Response) => {
  const item = req.query.item as string;
  // ok: js.ssrf
  const r = await axios.get('https://api.example.com/items/' + encodeURIComponent(item));
  res.json(r.data);
});

app.get('/port/:port', async (req: Request, res: Response) => {
  const port = Number(req.params.port);
  // ok: js.ssrf
  const r = await axios.get('http://localhost:' + port + '/health');
  res.json(r.data);
});

app.get('/choice', async (req: Request, res: Response) => {
  const region = req.query.region;
  if (region === 'eu') {
    // ok: js.ssrf
    const r = await axios.get(`https://${region}.api.example.com/status`);
    return res.json(r.data);
  }
  res.end();
});

app.get('/cookie', async (req: Request, res: Response) => {
  const server = req.cookies.server;
  // ruleid: js.ssrf
  await axios.put('http://' + server + '/sync', {});
  res.end();
});

app.get('/slug', async (req: Request, res: Response) => {
  const slug = req.query.slug as string;
  if (!/^[a-z0-9-]+$/.test(slug)) {
    return res.sendStatus(400);
  }
  // ok: js.ssrf
  const r = await fetch('https://docs.example.com/' + slug);
  res.json({ status: r.status });
});
