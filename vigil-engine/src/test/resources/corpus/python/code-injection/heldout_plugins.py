import pickle
import yaml
from fastapi import FastAPI, Request
from flask import Blueprint, request

bp = Blueprint("plugins", __name__)
api = FastAPI()


class Rules:
    def apply(self, expression, context):
        # ruleid: python.code-injection
        return eval(expression, {}, context)


rules = Rules()


@bp.route("/rule", methods=["POST"])
def rule():
    rules.apply(request.form["expr"], {"x": 1})
    return "ok"


@bp.route("/rule/fixed", methods=["POST"])
def rule_fixed():
    request.form["expr"]
    # ok: python.code-injection
    rules.apply("x + 1", {"x": 1})
    return "ok"


@api.post("/session")
async def session(request: Request):
    raw = await request.body()
    # ruleid: python.unsafe-deserialization
    state = pickle.loads(raw)
    return {"ok": True}


@api.post("/config")
async def config(request: Request):
    raw = await request.body()
    # ok: python.unsafe-deserialization
    cfg = yaml.safe_load(raw)
    return {"ok": True}


@bp.route("/exec", methods=["POST"])
def run_exec():
    name = request.form.get("name")
    code = "print('%s')" % name
    # ruleid: python.code-injection
    exec(code)
    return "ok"
