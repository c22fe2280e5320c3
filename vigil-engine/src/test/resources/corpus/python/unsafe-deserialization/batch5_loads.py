import base64
import json
import marshal
import pickle

import dill
import jsonpickle
import yaml
from django.http import JsonResponse
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/session/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.cookies.get("state"))
    # ruleid: python.unsafe-deserialization
    state = pickle.loads(blob)
    return jsonify(ok=bool(state))


@app.route("/upload/model", methods=["POST"])
def upload_model():
    f = request.files["model"]
    # ruleid: python.unsafe-deserialization
    model = pickle.load(f)
    return jsonify(ok=bool(model))


@app.route("/config", methods=["POST"])
def config():
    # ruleid: python.unsafe-deserialization
    data = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(data)


@app.route("/config/unsafe", methods=["POST"])
def config_unsafe():
    # ruleid: python.unsafe-deserialization
    data = yaml.unsafe_load(request.get_data())
    return jsonify(data)


@app.route("/objects", methods=["POST"])
def objects():
    # ruleid: python.unsafe-deserialization
    obj = jsonpickle.decode(request.form["obj"])
    return jsonify(repr(obj))


@app.route("/code", methods=["POST"])
def code():
    # ruleid: python.unsafe-deserialization
    fn = marshal.loads(request.get_data())
    return jsonify(repr(fn))


@app.route("/dill", methods=["POST"])
def dill_view():
    # ruleid: python.unsafe-deserialization
    obj = dill.loads(base64.b64decode(request.json["payload"]))
    return jsonify(repr(obj))


def django_import(request):
    # ruleid: python.unsafe-deserialization
    rows = pickle.loads(request.body)
    return JsonResponse({"rows": len(rows)})


def django_yaml(request):
    # ruleid: python.unsafe-deserialization
    doc = yaml.load(request.body, yaml.FullLoader)
    return JsonResponse({"keys": list(doc)})


@app.route("/config/safe", methods=["POST"])
def config_safe():
    # ok: python.unsafe-deserialization
    data = yaml.safe_load(request.data)
    return jsonify(data)


@app.route("/config/safeloader", methods=["POST"])
def config_safeloader():
    # ok: python.unsafe-deserialization
    data = yaml.load(request.data, Loader=yaml.SafeLoader)
    return jsonify(data)


@app.route("/json", methods=["POST"])
def json_view():
    # ok: python.unsafe-deserialization
    data = json.loads(request.data)
    return jsonify(data)


@app.route("/cache")
def cache():
    with open("/var/cache/app/state.pkl", "rb") as f:
        # ok: python.unsafe-deserialization
        state = pickle.load(f)
    return jsonify(ok=bool(state), q=request.args.get("q"))


@app.route("/local")
def local():
    # ok: python.unsafe-deserialization
    value = pickle.loads(pickle.dumps({"name": request.args.get("name")}))
    return jsonify(value)


@app.route("/b64", methods=["POST"])
def b64():
    # ok: python.unsafe-deserialization
    text = base64.b64decode(request.form["data"]).decode("utf-8")
    return jsonify(text=text)


def django_json(request):
    # ok: python.unsafe-deserialization
    payload = json.loads(request.body)
    return JsonResponse(payload)


def django_safe_yaml(request):
    # ok: python.unsafe-deserialization
    doc = yaml.load(request.body, Loader=yaml.CSafeLoader)
    return JsonResponse({"keys": list(doc)})


@app.route("/export")
def export():
    # ok: python.unsafe-deserialization
    data = pickle.dumps({"user": request.args.get("user")})
    # ruleid: python.xss
    return data


@app.route("/settings")
def settings():
    with open("settings.yaml") as f:
        # ok: python.unsafe-deserialization
        conf = yaml.load(f, Loader=yaml.Loader)
    return jsonify(conf, request.args.get("q"))
