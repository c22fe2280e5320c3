import express, { Request, Response } from 'express';
import { exec, spawn } from 'child_process';
import http from 'http';

const app = express();

class Builder {
  constructor(private readonly root: string) {}

  build(target: string): void {
    // ruleid: js.command-injection
    exec(`make -C ${this.root} ${target}`);
  }

  buildArgs(target: string): void {
    // ok: js.command-injection
    spawn('make', ['-C', this.root, target]);
  }
}

const builder = new Builder('/srv/app');

app.post('/build', (req: Request, res: Response) => {
  builder.build(req.body.target);
  res.end();
});

app.post('/build/args', (req: Request, res: Response) => {
  builder.buildArgs(req.body.target);
  res.end();
});

app.get('/hosts', (req: Request, res: Response) => {
  const hosts = String(req.query.hosts).split(',');
  for (const h of hosts) {
    // ruleid: js.command-injection
    exec('ping -c1 ' + h);
  }
  res.end();
});

app.get('/mode', (req: Request, res: Response) => {
  const mode = req.query.mode;
  const command = mode === 'full' ? 'backup --full' : 'backup --incremental';
  // ok: js.command-injection
  exec(command);
  res.end();
});

http.createServer((req, res) => {
  const url = new URL(req.url || '/', 'http://localhost');
  // ruleid: js.command-injection
  exec('echo ' + req.url);
  res.end('ok');
}).listen(8080);

app.get('/then', (req: Request, res: Response) => {
  Promise.resolve(req.query.script).then((script) => {
    // ruleid: js.command-injection
    exec(String(script));
  });
  res.end();
});
