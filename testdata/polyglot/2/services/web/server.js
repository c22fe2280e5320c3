const express = require('express');
const { execFile } = require('child_process');
const search = require('./routes/search');

const app = express();
app.use('/search', search);

app.post('/reports', (req, res) => {
  execFile('make-report', ['--name', req.body.name], (err, out) => res.json({ out }));
});

app.listen(3000);
