import psycopg2
from fastapi import FastAPI, Request

app = FastAPI()
conn = psycopg2.connect("dbname=test")


@app.get("/items/{item_id}")
def read_item(item_id: str):
    cur = conn.cursor()
    # ruleid: python.sql-injection
    cur.execute("SELECT * FROM items WHERE id = '%s'" % item_id)
    return {"ok": True}


@app.get("/items2/{item_id}")
def read_item_bound(item_id: str):
    cur = conn.cursor()
    # ok: python.sql-injection
    cur.execute("SELECT * FROM items WHERE id = %s", (item_id,))
    return {"ok": True}


@app.post("/query")
async def run_query(request: Request):
    body = await request.json()
    cur = conn.cursor()
    # ruleid: python.sql-injection
    cur.execute("SELECT * FROM logs WHERE level = '" + body["level"] + "'")
    return {"ok": True}


@app.get("/levels")
async def levels(request: Request):
    level = request.query_params.get("level", "info")
    cur = conn.cursor()
    if level == "debug":
        # ok: python.sql-injection
        cur.execute("SELECT * FROM logs WHERE level = '" + level + "'")
    return {"ok": True}
