import os
import shutil
from pathlib import Path

from flask import Flask, request, send_file, send_from_directory, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    # ruleid: python.path-injection
    return send_file(os.path.join(BASE, name))


@app.route("/download/safe")
def download_safe():
    name = request.args.get("file")
    # ok: python.path-injection
    return send_from_directory(BASE, name)


@app.route("/read")
def read():
    name = request.args.get("file")
    # ruleid: python.path-injection
    with open(BASE + "/" + name) as fh:
        return fh.read()


@app.route("/read/basename")
def read_basename():
    name = request.args.get("file")
    # ok: python.path-injection
    with open(os.path.join(BASE, os.path.basename(name))) as fh:
        return fh.read()


@app.route("/read/secure")
def read_secure():
    name = secure_filename(request.args.get("file"))
    # ok: python.path-injection
    with open(os.path.join(BASE, name)) as fh:
        return fh.read()


@app.route("/read/realpath")
def read_realpath():
    name = request.args.get("file")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(403)
    # ok: python.path-injection
    with open(full) as fh:
        return fh.read()


@app.route("/read/prefix-only")
def read_prefix_only():
    name = request.args.get("file")
    full = os.path.join(BASE, name)
    if not full.startswith(BASE):
        abort(403)
    # ruleid: python.path-injection
    with open(full) as fh:
        return fh.read()


@app.route("/delete", methods=["POST"])
def delete():
    name = request.form["name"]
    # ruleid: python.path-injection
    os.remove(os.path.join(BASE, name))
    return "deleted"


@app.route("/delete/allowed", methods=["POST"])
def delete_allowed():
    name = request.form["name"]
    if name not in os.listdir(BASE):
        abort(404)
    # ok: python.path-injection
    os.remove(os.path.join(BASE, name))
    return "deleted"


@app.route("/pathlib")
def pathlib_read():
    name = request.args["name"]
    target = Path(BASE) / name
    # ruleid: python.path-injection
    return target.read_text()


@app.route("/pathlib/resolved")
def pathlib_resolved():
    name = request.args["name"]
    target = (Path(BASE) / name).resolve()
    if not target.is_relative_to(BASE):
        abort(403)
    # ok: python.path-injection
    return target.read_text()


@app.route("/rmtree", methods=["POST"])
def rmtree():
    folder = request.get_json()["folder"]
    # ruleid: python.path-injection
    shutil.rmtree("/srv/workspaces/" + folder)
    return "ok"


@app.route("/rmtree/int", methods=["POST"])
def rmtree_int():
    folder_id = int(request.get_json()["folder"])
    # ok: python.path-injection
    shutil.rmtree("/srv/workspaces/%d" % folder_id)
    return "ok"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    # ruleid: python.path-injection
    with open(os.path.join(BASE, f.filename), "wb") as out:
        out.write(f.read())
    return "ok"


@app.route("/upload/secure", methods=["POST"])
def upload_secure():
    f = request.files["file"]
    # ok: python.path-injection
    with open(os.path.join(BASE, secure_filename(f.filename)), "wb") as out:
        out.write(f.read())
    return "ok"


def load_template(name):
    # ruleid: python.path-injection
    with open("/srv/templates/" + name) as fh:
        return fh.read()


@app.route("/template")
def template():
    return load_template(request.args.get("t"))


@app.route("/template/fixed")
def template_fixed():
    choice = request.args.get("t")
    # ok: python.path-injection
    with open("/srv/templates/default.html") as fh:
        return fh.read()


@app.route("/listing/<sub>")
def listing(sub):
    # ruleid: python.path-injection
    return "\n".join(os.listdir(os.path.join(BASE, sub)))


@app.route("/copy", methods=["POST"])
def copy():
    src = request.form["src"]
    # ruleid: python.path-injection
    shutil.copy(src, "/tmp/backup")
    return "ok"


@app.route("/cookie")
def cookie_path():
    theme = request.cookies.get("theme", "light")
    if theme == "dark":
        # ok: python.path-injection
        return open("/srv/themes/" + theme + ".css").read()
    return ""


@app.route("/open-mode")
def open_mode():
    log = request.args.get("log")
    # ruleid: python.path-injection
    fh = open(file="/var/log/" + log, mode="r")
    return fh.read()


@app.route("/makedirs")
def makedirs():
    user = request.args.get("user")
    # ruleid: python.path-injection
    os.makedirs(os.path.join(BASE, user), exist_ok=True)
    return "ok"


@app.route("/makedirs/digits")
def makedirs_digits():
    user = request.args.get("user")
    if not user.isalnum():
        abort(400)
    # ok: python.path-injection
    os.makedirs(os.path.join(BASE, user), exist_ok=True)
    return "ok"


@app.route("/abs")
def absolute():
    name = request.args.get("name")
    full = os.path.abspath(os.path.join(BASE, name))
    if full.startswith(BASE + "/"):
        # ok: python.path-injection
        return open(full).read()
    return "no"
