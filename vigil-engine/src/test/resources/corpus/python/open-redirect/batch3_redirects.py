from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
api = FastAPI()


@app.route("/login")
def login():
    next_url = request.args.get("next")
    # ruleid: python.open-redirect
    return redirect(next_url)


@app.route("/login/internal")
def login_internal():
    request.args.get("next")
    # ok: python.open-redirect
    return redirect(url_for("index"))


@app.route("/go")
def go():
    target = request.args.get("to", "/")
    if target not in ("/", "/home", "/settings"):
        target = "/"
    # ok: python.open-redirect
    return redirect(target)


@app.route("/out")
def out():
    # ruleid: python.open-redirect
    return redirect("https://" + request.args["host"] + "/landing")


@app.route("/out/fixed")
def out_fixed():
    page = request.args["page"]
    # ok: python.open-redirect
    return redirect("https://example.com/" + page)


def django_next(request):
    nxt = request.GET.get("next", "/")
    # ruleid: python.open-redirect
    return HttpResponseRedirect(nxt)


def django_next_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={"example.com"}):
        nxt = "/"
    # ok: python.open-redirect
    return HttpResponseRedirect(nxt)


def django_shortcut(request):
    # ruleid: python.open-redirect
    return django_redirect(request.POST["return_to"])


@api.get("/r")
def fastapi_redirect(url: str):
    # ruleid: python.open-redirect
    return RedirectResponse(url)


@api.get("/r2")
def fastapi_redirect_fixed(url: str):
    # ok: python.open-redirect
    return RedirectResponse("/dashboard")
