const express = require('express');
const mysql = require('mysql2');
const fastify = require('fastify')();

const router = express.Router();
const pool = mysql.createPool({ host: 'db' });

class UserRepository {
  constructor(db) {
    this.db = db;
  }

  findByEmail(email) {
    // ruleid: js.sql-injection
    return this.db.query(`SELECT * FROM users WHERE email = '${email}'`);
  }

  findByEmailBound(email) {
    // ok: js.sql-injection
    return this.db.query('SELECT * FROM users WHERE email = ?', [email]);
  }
}

const users = new UserRepository(pool);

router.get('/by-email', async (req, res) => {
  await users.findByEmail(req.query.email);
  res.end();
});

router.get('/by-email/bound', async (req, res) => {
  await users.findByEmailBound(req.query.email);
  res.end();
});

router.post('/tags', (req, res) => {
  req.body.tags.forEach((tag) => {
    // ruleid: js.sql-injection
    pool.query("DELETE FROM tags WHERE name = '" + tag + "'");
  });
  res.end();
});

router.post('/tags/bound', (req, res) => {
  req.body.tags.forEach((tag) => {
    // ok: js.sql-injection
    pool.query('DELETE FROM tags WHERE name = ?', [tag]);
  });
  res.end();
});

fastify.get('/items/:id', async (request, reply) => {
  // ruleid: js.sql-injection
  const [rows] = await pool.promise().query('SELECT * FROM items WHERE id = ' + request.params.id);
  return rows;
});

fastify.get('/items2/:id', async (request, reply) => {
  const id = Number.parseInt(request.params.id, 10);
  // ok: js.sql-injection
  const [rows] = await pool.promise().query('SELECT * FROM items WHERE id = ' + id);
  return rows;
});

function buildWhere({ field, value }) {
  return `${field} = '${value}'`;
}

router.get('/filter', (req, res) => {
  const where = buildWhere({ field: 'status', value: req.query.status });
  // ruleid: js.sql-injection
  pool.query('SELECT * FROM orders WHERE ' + where);
  res.end();
});

router.get('/filter/static', (req, res) => {
  const ignored = req.query.status;
  const where = buildWhere({ field: 'status', value: 'open' });
  // ok: js.sql-injection
  pool.query('SELECT * FROM orders WHERE ' + where);
  res.end();
});

module.exports = router;
