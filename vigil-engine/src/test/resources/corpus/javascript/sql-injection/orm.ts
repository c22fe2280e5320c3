import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import knexFactory from 'knex';

const app = express();
const sequelize = new Sequelize('sqlite::memory:');
const knex = knexFactory({ client: 'pg' });

app.get('/products', async (req: Request, res: Response) => {
  const category = req.query.category as string;
  // ruleid: js.sql-injection
  const rows = await sequelize.query(`SELECT * FROM products WHERE category = '${category}'`);
  res.json(rows);
});

app.get('/products/safe', async (req: Request, res: Response) => {
  const category = req.query.category as string;
  // ok: js.sql-injection
  const rows = await sequelize.query('SELECT * FROM products WHERE category = :category', {
    replacements: { category },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

app.get('/knex', async (req: Request, res: Response) => {
  const owner = req.query.owner;
  // ruleid: js.sql-injection
  const rows = await knex.raw(`select * from repos where owner = '${owner}'`);
  res.json(rows);
});

app.get('/knex/bound', async (req: Request, res: Response) => {
  const owner = req.query.owner;
  // ok: js.sql-injection
  const rows = await knex.raw('select * from repos where owner = ?', [owner]);
  res.json(rows);
});

app.get('/knex/where', async (req: Request, res: Response) => {
  const status = req.query.status;
  // ruleid: js.sql-injection
  const rows = await knex('tickets').whereRaw("status = '" + status + "'");
  res.json(rows);
});

app.get('/knex/builder', async (req: Request, res: Response) => {
  const status = req.query.status;
  // ok: js.sql-injection
  const rows = await knex('tickets').where({ status });
  res.json(rows);
});

app.post('/bulk', async (req: Request, res: Response) => {
  const ids: string[] = req.body.ids;
  // ruleid: js.sql-injection
  await sequelize.query('DELETE FROM carts WHERE id IN (' + ids.join(',') + ')');
  res.sendStatus(204);
});
