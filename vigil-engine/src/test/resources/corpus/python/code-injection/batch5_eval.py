import ast
import operator

from flask import Flask, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub}


@app.route("/formula", methods=["POST"])
def formula():
    expression = request.json["formula"]
    # ruleid: python.code-injection
    value = eval(expression, {"__builtins__": {}})
    return str(value)


@app.route("/plugin", methods=["POST"])
def plugin():
    source = request.files["plugin"].read().decode()
    # ruleid: python.code-injection
    code = compile(source, "<plugin>", "exec")
    return "compiled"


@app.route("/calc")
def calc():
    op = request.args.get("op", "+")
    if op not in OPS:
        return "bad", 400
    # ok: python.code-injection
    return str(OPS[op](int(request.args["a"]), int(request.args["b"])))


@app.route("/literal")
def literal():
    # ok: python.code-injection
    value = ast.literal_eval(request.args.get("value", "0"))
    # ruleid: python.xss
    return str(value)


@app.route("/fixed")
def fixed():
    # ok: python.code-injection
    value = eval("1 + 2")
    # ruleid: python.xss
    return str(value) + request.args.get("suffix", "")
