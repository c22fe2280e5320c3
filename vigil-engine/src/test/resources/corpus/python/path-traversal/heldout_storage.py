import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Blueprint, request, abort

bp = Blueprint("storage", __name__)
api = FastAPI()
ROOT = Path("/srv/storage")


class Storage:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        # ruleid: python.path-injection
        with open(os.path.join(self.root, name), "rb") as fh:
            return fh.read()

    def read_safe(self, name):
        full = os.path.realpath(os.path.join(self.root, name))
        if os.path.commonpath([full, self.root]) != self.root:
            raise ValueError("outside")
        if not full.startswith(self.root):
            raise ValueError("outside")
        # ok: python.path-injection
        with open(full, "rb") as fh:
            return fh.read()


storage = Storage("/srv/storage")


@bp.route("/blob")
def blob():
    storage.read(request.args["name"])
    return "ok"


@bp.route("/blob/safe")
def blob_safe():
    storage.read_safe(request.args["name"])
    return "ok"


@api.get("/export/{name}")
def export(name: str):
    # ruleid: python.path-injection
    return FileResponse("/srv/exports/" + name)


@api.get("/export2/{name}")
def export_base(name: str):
    # ok: python.path-injection
    return FileResponse(os.path.join("/srv/exports", os.path.basename(name)))


@bp.route("/write", methods=["POST"])
def write():
    payload = request.get_json()
    target = ROOT / payload["folder"] / "notes.txt"
    # ruleid: python.path-injection
    target.write_text(payload["text"])
    return "ok"


@bp.route("/write/fixed", methods=["POST"])
def write_fixed():
    payload = request.get_json()
    target = ROOT / "inbox" / "notes.txt"
    # ok: python.path-injection
    target.write_text(payload["text"])
    return "ok"


@bp.route("/logs")
def logs():
    names = [n for n in request.args.getlist("n")]
    for n in names:
        # ruleid: python.path-injection
        os.unlink("/var/log/app/" + n)
    return "ok"
