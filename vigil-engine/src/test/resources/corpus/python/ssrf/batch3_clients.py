import httpx
import requests
import urllib.request
from django.http import JsonResponse
from flask import Flask, request, abort

app = Flask(__name__)
PARTNERS = {"acme": "https://api.acme.example/v1", "globex": "https://globex.example/api"}


@app.route("/partner/<name>")
def partner(name):
    if name not in PARTNERS:
        abort(404)
    # ok: python.ssrf
    return requests.get(PARTNERS[name] + "/status").text


@app.route("/partner2")
def partner_url():
    base = request.args.get("base")
    # ruleid: python.ssrf
    return requests.get(base + "/status").text


def django_fetch(request):
    url = request.GET["url"]
    # ruleid: python.ssrf
    r = httpx.post(url, json={})
    return JsonResponse({"status": r.status_code})


def django_fetch_fixed(request):
    request.GET["url"]
    # ok: python.ssrf
    r = httpx.post("https://hooks.example.com/ingest", json={})
    return JsonResponse({"status": r.status_code})


@app.route("/client")
def client():
    with httpx.Client() as c:
        # ruleid: python.ssrf
        r = c.get(request.args["u"])
    return "ok"


@app.route("/query-param")
def query_param():
    term = request.args.get("q")
    # ok: python.ssrf
    r = requests.get("https://search.example.com/api", params={"q": term})
    return "ok"


@app.route("/head")
def head():
    # ruleid: python.ssrf
    requests.head(request.form["site"])
    return "ok"


@app.route("/digits/<n>")
def digits(n):
    if not n.isdigit():
        abort(400)
    # ok: python.ssrf
    requests.get("http://10.0.0." + n + "/health")
    return "ok"


@app.route("/equal")
def equal():
    env = request.args.get("env")
    if env == "staging":
        # ok: python.ssrf
        requests.get("https://" + env + ".example.com/health")
    return "ok"
