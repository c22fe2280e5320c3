import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/go', (req: Request, res: Response) => {
  const target: string = req.query.next as string;
  res.redirect(target);
});

export = router;
