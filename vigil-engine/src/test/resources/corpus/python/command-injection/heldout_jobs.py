import os
import shlex
import subprocess

from fastapi import FastAPI
from flask import Blueprint, request, abort

bp = Blueprint("jobs", __name__)
api = FastAPI()


class Runner:
    def __init__(self, workdir):
        self.workdir = workdir

    def run(self, command):
        # ruleid: python.command-injection
        return subprocess.run(command, shell=True, cwd=self.workdir)

    def run_args(self, args):
        # ok: python.command-injection
        return subprocess.run(["/usr/bin/job"] + args, cwd=self.workdir)


runner = Runner("/srv/jobs")


@bp.route("/job", methods=["POST"])
def job():
    runner.run("make " + request.form["target"])
    return "ok"


@bp.route("/job/args", methods=["POST"])
def job_args():
    runner.run_args([request.form["target"]])
    return "ok"


@api.post("/compress/{name}")
def compress(name: str):
    # ruleid: python.command-injection
    os.system("gzip -k /srv/files/" + name)
    return {"ok": True}


@api.post("/compress2/{name}")
def compress_quoted(name: str):
    # ok: python.command-injection
    os.system("gzip -k /srv/files/" + shlex.quote(name))
    return {"ok": True}


@bp.route("/multi")
def multi():
    hosts = request.args.get("hosts", "").split(",")
    for h in hosts:
        # ruleid: python.command-injection
        os.system("ping -c1 " + h)
    return "ok"


@bp.route("/lambda")
def with_lambda():
    build = lambda ref: "git fetch origin " + ref
    # ruleid: python.command-injection
    subprocess.check_call(build(request.args["ref"]), shell=True)
    return "ok"


@bp.route("/mode")
def mode():
    mode = request.args.get("mode")
    command = "backup --full" if mode == "full" else "backup --incremental"
    # ok: python.command-injection
    os.system(command)
    return "ok"


@bp.route("/env")
def set_env():
    value = request.args.get("v")
    env = dict(os.environ, LEVEL=value)
    # ok: python.command-injection
    subprocess.run(["/usr/bin/report"], env=env)
    return "ok"
