import requests
from urllib.parse import urlparse

from fastapi import FastAPI
from flask import Blueprint, request, abort

bp = Blueprint("integrations", __name__)
api = FastAPI()
TRUSTED = ["hooks.slack.com", "api.github.com"]


class Notifier:
    def __init__(self, session):
        self.session = session

    def send(self, url, text):
        # ruleid: python.ssrf
        requests.post(url, json={"text": text}, timeout=3)


notifier = Notifier(None)


@bp.route("/notify", methods=["POST"])
def notify():
    data = request.get_json()
    notifier.send(data["webhook"], data["text"])
    return "ok"


@bp.route("/notify/trusted", methods=["POST"])
def notify_trusted():
    data = request.get_json()
    host = urlparse(data["webhook"]).netloc
    if host not in TRUSTED:
        abort(400)
    # ok: python.ssrf
    requests.post(data["webhook"], json={"text": "hi"}, timeout=3)
    return "ok"


@api.get("/mirror")
def mirror(source: str):
    # ruleid: python.ssrf
    r = requests.get(source, timeout=10)
    return {"status": r.status_code}


@api.get("/mirror2")
def mirror_fixed(source: str):
    # ok: python.ssrf
    r = requests.get("https://mirror.example.com/" + source, timeout=10)
    return {"status": r.status_code}


@bp.route("/image")
def image():
    url = request.args.get("src") or "https://example.com/default.png"
    # ruleid: python.ssrf
    return requests.get(url).content
