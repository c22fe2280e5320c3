import urllib.request
from urllib.parse import urlparse

import httpx
import requests
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}
SERVICES = {"billing": "http://billing.internal/api", "users": "http://users.internal/api"}


@app.route("/proxy")
def proxy():
    url = request.args.get("url")
    # ruleid: python.ssrf
    return requests.get(url).text


@app.route("/proxy/allowed")
def proxy_allowed():
    url = request.args.get("url")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(403)
    # ok: python.ssrf
    return requests.get(url).text


@app.route("/webhook", methods=["POST"])
def webhook():
    target = request.get_json()["callback"]
    # ruleid: python.ssrf
    requests.post(target, json={"status": "done"})
    return "ok"


@app.route("/service/<name>")
def service(name):
    base = SERVICES.get(name)
    if base is None:
        abort(404)
    # ok: python.ssrf
    return requests.get(SERVICES["billing"]).text


@app.route("/avatar")
def avatar():
    host = request.args.get("host")
    # ruleid: python.ssrf
    data = urllib.request.urlopen("http://" + host + "/avatar.png").read()
    return data


@app.route("/avatar/fixed")
def avatar_fixed():
    user = request.args.get("user")
    # ok: python.ssrf
    data = urllib.request.urlopen("https://avatars.example.com/default.png").read()
    return data


@app.route("/httpx")
def with_httpx():
    endpoint = request.headers.get("X-Endpoint")
    # ruleid: python.ssrf
    return httpx.get(endpoint).text


@app.route("/session")
def with_session():
    url = request.args["feed"]
    session = requests.Session()
    # ruleid: python.ssrf
    return session.get(url).text


@app.route("/session/allowed")
def with_session_allowed():
    url = request.args["feed"]
    session = requests.Session()
    if url in ("https://news.example.com/rss", "https://blog.example.com/rss"):
        # ok: python.ssrf
        return session.get(url).text
    return "no"


def fetch_preview(link):
    # ruleid: python.ssrf
    return requests.get(link, timeout=5).text


@app.route("/preview")
def preview():
    return fetch_preview(request.args.get("link"))


@app.route("/preview/constant")
def preview_constant():
    request.args.get("link")
    # ok: python.ssrf
    return requests.get("https://status.example.com/health", timeout=5).text


@app.route("/request-object")
def request_object():
    url = request.values.get("u")
    # ruleid: python.ssrf
    req = urllib.request.Request(url, headers={"User-Agent": "x"})
    return urllib.request.urlopen(req).read()


@app.route("/keyword")
def keyword():
    url = request.args.get("u")
    # ruleid: python.ssrf
    return requests.request("GET", url=url).text


@app.route("/port/<int:port>")
def port(port):
    # ok: python.ssrf
    return requests.get("http://localhost:%d/health" % int(port)).text


@app.route("/path-segment")
def path_segment():
    item = request.args.get("item")
    if not item.isalnum():
        abort(400)
    # ok: python.ssrf
    return requests.get("https://api.example.com/items/" + item).text


@app.route("/put")
def put():
    server = request.cookies.get("server")
    # ruleid: python.ssrf
    requests.put("http://" + server + "/sync", data="x")
    return "ok"


@app.route("/regex")
def regex_checked():
    import re
    slug = request.args.get("slug")
    if not re.fullmatch(r"[a-z0-9-]+", slug):
        abort(400)
    # ok: python.ssrf
    return requests.get("https://docs.example.com/" + slug).text
