const express = require('express');
const mysql = require('mysql');
const { Pool } = require('pg');

const app = express();
const connection = mysql.createConnection({ host: 'localhost' });
const pool = new Pool();

app.get('/users', (req, res) => {
  const name = req.query.name;
  // ruleid: js.sql-injection
  connection.query("SELECT * FROM users WHERE name = '" + name + "'", (err, rows) => res.json(rows));
});

app.get('/users/safe', (req, res) => {
  const name = req.query.name;
  // ok: js.sql-injection
  connection.query('SELECT * FROM users WHERE name = ?', [name], (err, rows) => res.json(rows));
});

app.get('/orders/:id', async (req, res) => {
  // ruleid: js.sql-injection
  const result = await pool.query(`SELECT * FROM orders WHERE id = ${req.params.id}`);
  res.json(result.rows);
});

app.get('/orders2/:id', async (req, res) => {
  // ok: js.sql-injection
  const result = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(result.rows);
});

app.post('/search', (req, res) => {
  const { term } = req.body;
  const sql = 'SELECT * FROM items WHERE title LIKE "%' + term + '%"';
  // ruleid: js.sql-injection
  connection.query(sql, (err, rows) => res.json(rows));
});

app.post('/search/escaped', (req, res) => {
  const { term } = req.body;
  const sql = 'SELECT * FROM items WHERE title = ' + mysql.escape(term);
  // ok: js.sql-injection
  connection.query(sql, (err, rows) => res.json(rows));
});

app.get('/page', (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  // ok: js.sql-injection
  connection.query('SELECT * FROM items LIMIT ' + limit, (err, rows) => res.json(rows));
});

const SORTABLE = ['name', 'price', 'created_at'];

app.get('/sort', (req, res) => {
  const column = req.query.sort;
  if (!SORTABLE.includes(column)) {
    return res.status(400).send('bad column');
  }
  // ok: js.sql-injection
  connection.query('SELECT * FROM items ORDER BY ' + column, (err, rows) => res.json(rows));
});

app.get('/sort/unchecked', (req, res) => {
  const column = req.query.sort;
  // ruleid: js.sql-injection
  connection.query('SELECT * FROM items ORDER BY ' + column, (err, rows) => res.json(rows));
});

function findUser(db, username) {
  // ruleid: js.sql-injection
  return db.query("SELECT id FROM users WHERE username = '" + username + "'");
}

app.post('/login', (req, res) => {
  findUser(connection, req.body.username);
  res.send('ok');
});

function findUserBound(db, username) {
  // ok: js.sql-injection
  return db.query('SELECT id FROM users WHERE username = ?', [username]);
}

app.post('/login2', (req, res) => {
  findUserBound(connection, req.body.username);
  res.send('ok');
});

app.get('/report', (req, res) => {
  const table = 'audit_log';
  // ok: js.sql-injection
  connection.query('SELECT count(*) FROM ' + table, (err, rows) => res.json(rows));
});

app.get('/cookie', (req, res) => {
  const tag = req.cookies.tag;
  let sql = 'SELECT * FROM posts WHERE tag = ';
  sql += "'" + tag + "'";
  // ruleid: js.sql-injection
  pool.query(sql).then((r) => res.json(r.rows));
});

app.get('/header', (req, res) => {
  const region = req.get('X-Region');
  // ruleid: js.sql-injection
  pool.query('SELECT * FROM sales WHERE region = ' + "'" + region + "'");
  res.end();
});

app.get('/header/checked', (req, res) => {
  const region = req.get('X-Region');
  if (region !== 'eu' && region !== 'us') {
    return res.sendStatus(400);
  }
  // ok: js.sql-injection
  pool.query("SELECT * FROM sales WHERE region = '" + region + "'");
  res.end();
});

app.get('/number/:n', (req, res) => {
  const n = Number(req.params.n);
  // ok: js.sql-injection
  pool.query('SELECT * FROM items OFFSET ' + n);
  res.end();
});
