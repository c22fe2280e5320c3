import os
import subprocess
import sqlite3

import requests
from flask import Flask, request, abort, Blueprint
from starlette.requests import Request
from fastapi import APIRouter

app = Flask(__name__)
router = APIRouter()


@app.get("/v2/users")
def users_v2():
    filters = request.args.to_dict()
    db = sqlite3.connect("app.db")
    # ruleid: python.sql-injection
    db.execute(f"SELECT * FROM users WHERE role = '{filters['role']}'")
    return "ok"


@app.get("/v2/users/bound")
def users_v2_bound():
    filters = request.args.to_dict()
    db = sqlite3.connect("app.db")
    # ok: python.sql-injection
    db.execute("SELECT * FROM users WHERE role = ?", (filters.get("role"),))
    return "ok"


@app.post("/v2/run")
def run_v2():
    args = ["convert"]
    args.append(request.form["input"])
    # ok: python.command-injection
    subprocess.Popen(args)
    return "ok"


@app.post("/v2/run/shell")
def run_v2_shell():
    command = " ".join(["convert", request.form["input"], "out.png"])
    # ruleid: python.command-injection
    subprocess.Popen(command, shell=True)
    return "ok"


@router.get("/v2/fetch")
async def fetch_v2(request: Request):
    target = request.query_params["target"]
    # ruleid: python.ssrf
    requests.get(target)
    return {"ok": True}


@router.get("/v2/fetch/fixed")
async def fetch_v2_fixed(request: Request):
    request.query_params["target"]
    # ok: python.ssrf
    requests.get("https://internal.example.com/ping")
    return {"ok": True}


@app.get("/v2/file")
def file_v2():
    name = request.view_args.get("name") if request.view_args else request.args["name"]
    base = "/srv/data"
    full = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, full]) != base:
        abort(403)
    # ok: python.path-injection
    return open(full).read()


@app.get("/v2/file/basename")
def file_v2_basename():
    name = request.args["name"]
    # ok: python.path-injection
    return open(os.path.join("/srv/data", os.path.basename(name))).read()


@app.get("/v2/greet")
def greet_v2():
    parts = []
    parts.append("<p>")
    parts.append(request.args.get("who", ""))
    parts.append("</p>")
    # ruleid: python.xss
    return "".join(parts)


@app.get("/v2/greet/escaped")
def greet_v2_escaped():
    from markupsafe import escape
    who = escape(request.args.get("who", ""))
    # ok: python.xss
    return "<p>" + who + "</p>"


@app.get("/v2/eval")
def eval_v2():
    data = request.get_json(silent=True) or {}
    # ruleid: python.code-injection
    return str(eval(data.get("expr", "0")))


@app.get("/v2/eval/fixed")
def eval_v2_fixed():
    data = request.get_json(silent=True) or {}
    # ok: python.code-injection
    value = eval("0")
    return "ok"
