const express = require('express');
const he = require('he');
const fastify = require('fastify')();

const router = express.Router();

router.get('/note/:id', (req, res) => {
  // ruleid: js.xss
  res.status(404).send('<p>No note ' + req.params.id + '</p>');
});

router.get('/note2/:id', (req, res) => {
  // ok: js.xss
  res.status(404).send('<p>No note ' + he.encode(req.params.id) + '</p>');
});

router.post('/echo', (req, res) => {
  const { message } = req.body;
  const html = ['<div>', message, '</div>'].join('');
  // ruleid: js.xss
  res.send(html);
});

router.post('/echo/json', (req, res) => {
  const { message } = req.body;
  // ok: js.xss
  res.json({ message });
});

module.exports = router;
