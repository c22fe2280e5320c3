import ast
import json

from flask import Flask, request, abort, render_template_string
import pickle
import yaml

app = Flask(__name__)
OPERATIONS = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}


@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    # ruleid: python.code-injection
    return str(eval(expr))


@app.route("/calc/literal")
def calc_literal():
    expr = request.args.get("expr")
    # ok: python.code-injection
    value = ast.literal_eval(expr)
    return "ok"


@app.route("/calc/json")
def calc_json():
    expr = request.args.get("expr")
    # ok: python.code-injection
    value = json.loads(expr)
    return "ok"


@app.route("/exec", methods=["POST"])
def run_code():
    code = request.form["code"]
    # ruleid: python.code-injection
    exec(code)
    return "ok"


@app.route("/op/<name>")
def op(name):
    if name not in OPERATIONS:
        abort(404)
    # ok: python.code-injection
    return str(eval("OPERATIONS['" + name + "'](1, 2)"))


@app.route("/compile", methods=["POST"])
def compile_code():
    src = request.get_json()["src"]
    # ruleid: python.code-injection
    obj = compile(src, "<user>", "exec")
    return "ok"


@app.route("/constant")
def constant_eval():
    request.args.get("x")
    # ok: python.code-injection
    return str(eval("1 + 2"))


def evaluate(formula):
    # ruleid: python.code-injection
    return eval(formula, {"__builtins__": {}})


@app.route("/formula")
def formula():
    return str(evaluate(request.args.get("f")))


@app.route("/formula/int")
def formula_int():
    n = int(request.args.get("f"))
    # ok: python.code-injection
    return str(eval(str(n) + " * 2"))


@app.route("/cookie-eval")
def cookie_eval():
    prefs = request.cookies.get("prefs")
    # ruleid: python.code-injection
    settings = eval(prefs)
    return str(settings)


@app.route("/template")
def template():
    name = request.args.get("name")
    # ruleid: python.template-injection
    return render_template_string("<p>Hello " + name + "</p>")


@app.route("/template/var")
def template_var():
    name = request.args.get("name")
    # ok: python.template-injection
    return render_template_string("<p>Hello {{ name }}</p>", name=name)


@app.route("/pickle", methods=["POST"])
def load_pickle():
    # ruleid: python.unsafe-deserialization
    obj = pickle.loads(request.get_data())
    return str(obj)


@app.route("/yaml", methods=["POST"])
def load_yaml():
    # ruleid: python.unsafe-deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return str(cfg)


@app.route("/yaml/safe", methods=["POST"])
def load_yaml_safe():
    # ok: python.unsafe-deserialization
    cfg = yaml.load(request.data, Loader=yaml.SafeLoader)
    return str(cfg)


@app.route("/yaml/safe_load", methods=["POST"])
def load_yaml_safe_load():
    # ok: python.unsafe-deserialization
    cfg = yaml.safe_load(request.data)
    return "ok"


@app.route("/exec-header")
def exec_header():
    snippet = request.headers.get("X-Snippet")
    # ruleid: python.code-injection
    exec("result = " + snippet)
    return "ok"


@app.route("/exec-allowed")
def exec_allowed():
    snippet = request.args.get("mode")
    if snippet == "fast":
        # ok: python.code-injection
        exec("mode = '" + snippet + "'")
    return "ok"
