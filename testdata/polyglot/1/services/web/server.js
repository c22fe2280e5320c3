const express = require('express');
const { exec } = require('child_process');
const search = require('./routes/search');

const app = express();
app.use('/search', search);

app.post('/reports', (req, res) => {
  exec('make-report --name ' + req.body.name, (err, out) => res.json({ out }));
});

app.listen(3000);
