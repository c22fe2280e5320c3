import os
import shlex
import subprocess
import sys

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # ruleid: python.command-injection
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/ping/quoted")
def ping_quoted():
    host = request.args.get("host")
    # ok: python.command-injection
    os.system("ping -c 1 " + shlex.quote(host))
    return "ok"


@app.route("/ping/list")
def ping_list():
    host = request.args.get("host")
    # ok: python.command-injection
    subprocess.run(["ping", "-c", "1", host], check=True)
    return "ok"


@app.route("/ping/shell")
def ping_shell():
    host = request.args.get("host")
    # ruleid: python.command-injection
    subprocess.run(f"ping -c 1 {host}", shell=True)
    return "ok"


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    # ruleid: python.command-injection
    subprocess.call("tar czf /tmp/out.tgz " + name, shell=True)
    return "ok"


@app.route("/archive/noshell", methods=["POST"])
def archive_noshell():
    name = request.form["name"]
    # ok: python.command-injection
    subprocess.call(["tar", "czf", "/tmp/out.tgz", name])
    return "ok"


@app.route("/convert")
def convert():
    fmt = request.args.get("format")
    # ruleid: python.command-injection
    out = subprocess.check_output("convert in.png out." + fmt, shell=True)
    return out


@app.route("/convert/allowed")
def convert_allowed():
    fmt = request.args.get("format")
    if fmt not in ("png", "jpg", "gif"):
        abort(400)
    # ok: python.command-injection
    out = subprocess.check_output("convert in.png out." + fmt, shell=True)
    return "done"


@app.route("/popen")
def popen():
    cmd = request.args.get("cmd")
    # ruleid: python.command-injection
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return "started"


@app.route("/tool")
def tool():
    program = request.args.get("program")
    # ruleid: python.command-injection
    subprocess.run([program, "--version"])
    return "ok"


@app.route("/popen/os")
def os_popen():
    pattern = request.args.get("pattern")
    # ruleid: python.command-injection
    listing = os.popen("ls | grep " + pattern).read()
    return "ok"


@app.route("/constant")
def constant():
    user_input = request.args.get("x")
    cmd = "uptime"
    # ok: python.command-injection
    os.system(cmd)
    return "ok"


def run_backup(target):
    # ruleid: python.command-injection
    os.system("rsync -a /data " + target)


@app.route("/backup")
def backup():
    run_backup(request.args["target"])
    return "ok"


def run_backup_safe(target):
    # ok: python.command-injection
    subprocess.run(["rsync", "-a", "/data", target])


@app.route("/backup/safe")
def backup_safe():
    run_backup_safe(request.args["target"])
    return "ok"


@app.route("/count/<n>")
def count(n):
    lines = int(n)
    # ok: python.command-injection
    os.system("head -n %d /var/log/app.log" % lines)
    return "ok"


@app.route("/getoutput")
def getoutput():
    path = request.headers.get("X-Path")
    # ruleid: python.command-injection
    return subprocess.getoutput("du -sh " + path)


@app.route("/digits/<n>")
def digits(n):
    if not n.isdigit():
        abort(400)
    # ok: python.command-injection
    os.system("sleep " + n)
    return "ok"


@app.route("/dead")
def dead_branch():
    host = request.args.get("host")
    if False:
        os.system("ping " + host)
    # ok: python.command-injection
    os.system("ping localhost")
    return "ok"


def main():
    target = sys.argv[1]
    # ruleid: python.command-injection
    os.system("nslookup " + target)


@app.route("/env")
def env_value():
    home = os.environ.get("HOME")
    # ok: python.command-injection
    os.system("ls " + home)
    return "ok"


@app.route("/check_call")
def check_call():
    branch = request.values.get("branch")
    # ruleid: python.command-injection
    subprocess.check_call("git checkout " + branch, shell=True, cwd="/repo")
    return "ok"


@app.route("/check_call/list")
def check_call_list():
    branch = request.values.get("branch")
    # ok: python.command-injection
    subprocess.check_call(["git", "checkout", "--", branch], cwd="/repo")
    return "ok"


@app.route("/spawn")
def spawn_dict():
    options = {"cmd": request.args.get("cmd"), "safe": "ls"}
    # ok: python.command-injection
    os.system(options["safe"])
    return "ok"


@app.route("/spawn2")
def spawn_dict_bad():
    options = {"cmd": request.args.get("cmd"), "safe": "ls"}
    # ruleid: python.command-injection
    os.system(options["cmd"])
    return "ok"
