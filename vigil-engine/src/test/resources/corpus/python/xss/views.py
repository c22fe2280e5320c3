import html

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from flask import Flask, request, make_response, render_template, jsonify, Markup
from markupsafe import escape as mescape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: python.xss
    return "<h1>Hello " + name + "</h1>"


@app.route("/hello/escaped")
def hello_escaped():
    name = request.args.get("name", "")
    # ok: python.xss
    return "<h1>Hello " + html.escape(name) + "</h1>"


@app.route("/hello/template")
def hello_template():
    name = request.args.get("name", "")
    # ok: python.xss
    return render_template("hello.html", name=name)


@app.route("/hello/json")
def hello_json():
    name = request.args.get("name", "")
    # ok: python.xss
    return jsonify({"greeting": "Hello " + name})


@app.route("/hello/dict")
def hello_dict():
    name = request.args.get("name", "")
    # ok: python.xss
    return {"greeting": name}


@app.route("/profile/<username>")
def profile(username):
    # ruleid: python.xss
    return f"<p>Profile of {username}</p>"


@app.route("/profile2/<username>")
def profile_escaped(username):
    # ok: python.xss
    return f"<p>Profile of {mescape(username)}</p>"


@app.route("/response")
def response():
    msg = request.args.get("msg")
    # ruleid: python.xss
    resp = make_response("<div>" + msg + "</div>")
    return resp


@app.route("/markup")
def markup():
    bio = request.form.get("bio")
    # ruleid: python.xss
    safe = Markup("<p>" + bio + "</p>")
    return render_template("bio.html", bio=safe)


@app.route("/markup/escaped")
def markup_escaped():
    bio = request.form.get("bio")
    # ok: python.xss
    safe = Markup("<p>%s</p>") % mescape(bio)
    return render_template("bio.html", bio=safe)


@app.route("/status")
def status_tuple():
    err = request.args.get("error")
    # ruleid: python.xss
    return "<b>Error: " + err + "</b>", 400


@app.route("/status/int")
def status_int():
    code = int(request.args.get("code", "0"))
    # ok: python.xss
    return "<b>Code: %d</b>" % code


def django_greet(request):
    who = request.GET.get("who", "")
    # ruleid: python.xss
    return HttpResponse("<p>Hi " + who + "</p>")


def django_greet_escaped(request):
    who = request.GET.get("who", "")
    # ok: python.xss
    return HttpResponse("<p>Hi " + escape(who) + "</p>")


def django_mark_safe(request):
    note = request.POST.get("note", "")
    # ruleid: python.xss
    return HttpResponse(mark_safe("<p>" + note + "</p>"))


def django_constant(request):
    request.GET.get("who", "")
    # ok: python.xss
    return HttpResponse("<p>Hi there</p>")


def render_row(value):
    return "<td>" + value + "</td>"


@app.route("/row")
def row():
    # ruleid: python.xss
    return render_row(request.args.get("v"))


@app.route("/row/escaped")
def row_escaped():
    # ok: python.xss
    return render_row(html.escape(request.args.get("v")))


@app.route("/search")
def search():
    q = request.args.get("q", "")
    page = "<html><body>Results for " + q + "</body></html>"
    # ruleid: python.xss
    return page


@app.route("/choice")
def choice():
    color = request.args.get("color")
    if color not in ("red", "green", "blue"):
        color = "red"
    # ok: python.xss
    return "<p style='color:" + color + "'>colour</p>"


@app.route("/header")
def header_value():
    agent = request.headers.get("User-Agent")
    # ruleid: python.xss
    return make_response("<pre>" + agent + "</pre>")


@app.route("/cookie")
def cookie_value():
    theme = request.cookies.get("theme")
    # ruleid: python.xss
    return "<body class='" + theme + "'></body>"
