const express = require('express');

const router = express.Router();
const SAFE_TARGETS = new Set(['/home', '/account', '/orders']);

router.get('/logout', (req, res) => {
  req.session = null;
  // ok: js.open-redirect
  res.redirect('/login?loggedOut=1');
});

router.get('/continue', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.query.next || '/');
});

router.get('/after-login', (req, res) => {
  const target = String(req.query.target || '');
  // ok: js.open-redirect
  res.redirect(SAFE_TARGETS.has(target) ? target : '/home');
});

router.get('/back', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.get('Referer'));
});

module.exports = router;
