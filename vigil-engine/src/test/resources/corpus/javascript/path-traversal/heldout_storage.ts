import express, { Request, Response } from 'express';
import { promises as fsp } from 'fs';
import * as fs from 'fs';
import * as path from 'path';

const app = express();
const ROOT = '/srv/storage';

class Storage {
  constructor(private readonly root: string) {}

  async read(name: string): Promise<Buffer> {
    // ruleid: js.path-injection
    return fs.promises.readFile(path.join(this.root, name));
  }

  async readSafe(name: string): Promise<Buffer> {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(this.root + path.sep)) {
      throw new Error('outside');
    }
    // ok: js.path-injection
    return fs.promises.readFile(full);
  }
}

const storage = new Storage(ROOT);

app.get('/blob', async (req: Request, res: Response) => {
  await storage.read(String(req.query.name));
  res.end();
});

app.get('/blob/safe', async (req: Request, res: Response) => {
  await storage.readSafe(String(req.query.name));
  res.end();
});

app.post('/save', (req: Request, res: Response) => {
  const { folder, text } = req.body;
  // ruleid: js.path-injection
  fs.writeFileSync(`${ROOT}/${folder}/notes.txt`, text);
  res.end();
});

app.post('/save/fixed', (req: Request, res: Response) => {
  const { text } = req.body;
  // ok: js.path-injection
  fs.writeFileSync(`${ROOT}/inbox/notes.txt`, text);
  res.end();
});

app.delete('/logs', (req: Request, res: Response) => {
  const names: string[] = req.body.names;
  names.forEach((n) => {
    // ruleid: js.path-injection
    fs.unlinkSync('/var/log/app/' + n);
  });
  res.end();
});
