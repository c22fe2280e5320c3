import marshal
import pickle

import yaml
from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request, abort

app = Flask(__name__)
api = FastAPI()
HANDLERS = {"upper": str.upper, "lower": str.lower}


@app.route("/filter")
def filter_items():
    predicate = request.args.get("where", "True")
    # ruleid: python.code-injection
    keep = eval("lambda item: " + predicate)
    return "ok"


@app.route("/filter/fixed")
def filter_fixed():
    request.args.get("where")
    # ok: python.code-injection
    keep = eval("lambda item: item > 0")
    return "ok"


@api.get("/calc")
def calc(a: str, b: str):
    # ruleid: python.code-injection
    result = eval(a + "+" + b)
    return {"ok": True}


@api.get("/calc2")
def calc_int(a: int, b: int):
    # ok: python.code-injection
    result = eval(str(int(a)) + "+" + str(int(b)))
    return {"ok": True}


def django_exec(request):
    snippet = request.POST["snippet"]
    # ruleid: python.code-injection
    exec(compile(snippet, "<snippet>", "exec"))
    return HttpResponse("ok")


def django_handler(request):
    name = request.GET.get("h", "upper")
    if name not in HANDLERS:
        return HttpResponse("unknown", status=400)
    # ok: python.code-injection
    func = eval("HANDLERS['%s']" % name)
    return HttpResponse("ok")


@app.route("/import")
def dynamic_import():
    module = request.args["m"]
    # ruleid: python.code-injection
    exec("import " + module)
    return "ok"


@app.route("/import/allowed")
def dynamic_import_allowed():
    module = request.args["m"]
    if module not in ("json", "csv"):
        abort(400)
    # ok: python.code-injection
    exec("import " + module)
    return "ok"


@app.route("/marshal", methods=["POST"])
def load_marshal():
    # ruleid: python.unsafe-deserialization
    code = marshal.loads(request.get_data())
    return "ok"


@app.route("/pickle/file", methods=["POST"])
def load_pickle_file():
    upload = request.files["state"]
    # ruleid: python.unsafe-deserialization
    state = pickle.load(upload)
    return "ok"


@app.route("/pickle/local")
def load_pickle_local():
    request.args.get("x")
    with open("/srv/cache/state.pkl", "rb") as fh:
        # ok: python.unsafe-deserialization
        state = pickle.load(fh)
    return "ok"


@app.route("/yaml/full", methods=["POST"])
def load_yaml_full():
    # ruleid: python.unsafe-deserialization
    cfg = yaml.load(request.get_data(), yaml.FullLoader)
    return "ok"


@app.route("/yaml/csafe", methods=["POST"])
def load_yaml_csafe():
    # ok: python.unsafe-deserialization
    cfg = yaml.load(request.get_data(), Loader=yaml.CSafeLoader)
    return "ok"


@app.route("/render")
def render():
    from jinja2 import Template
    tpl = request.args.get("tpl")
    # ruleid: python.template-injection
    return Template(tpl).render()


@app.route("/render/fixed")
def render_fixed():
    from jinja2 import Template
    who = request.args.get("who")
    # ok: python.template-injection
    Template("Hello {{ who }}").render(who=who)
    return "ok"
