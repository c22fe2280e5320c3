from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()
ALLOWED = {"app.example.com", "docs.example.com"}


@app.route("/login/done")
def login_done():
    # ruleid: python.open-redirect
    return redirect(request.args.get("next"))


@app.route("/logout")
def logout():
    target = request.args.get("return_to", "/")
    # ruleid: python.open-redirect
    return redirect(target, code=302)


@app.route("/back")
def back():
    # ruleid: python.open-redirect
    return redirect(request.referrer)


@app.route("/shop")
def shop():
    # ruleid: python.open-redirect
    return redirect(f"{request.args['site']}/cart")


@app.route("/form", methods=["POST"])
def form():
    # ruleid: python.open-redirect
    return redirect(location=request.form["after"])


@app.route("/home")
def home():
    # ok: python.open-redirect
    return redirect(url_for("dashboard"))


@app.route("/external")
def external():
    target = request.args.get("url", "")
    if urlparse(target).hostname not in ALLOWED:
        return "bad target", 400
    # ok: python.open-redirect
    return redirect(target)


@app.route("/docs")
def docs():
    # ok: python.open-redirect
    return redirect("/docs/" + str(int(request.args.get("page", "1"))))


@app.route("/help")
def help_page():
    # ok: python.open-redirect
    return redirect("https://help.example.com/articles/" + request.args.get("id", ""))


@app.route("/lang")
def lang():
    choice = "fr" if request.args.get("lang") == "fr" else "en"
    # ok: python.open-redirect
    return redirect("/" + choice + "/")


@api.get("/sso/return")
async def sso_return(redirect_uri: str):
    # ruleid: python.open-redirect
    return RedirectResponse(redirect_uri)


@api.get("/sso/next")
async def sso_next(request: Request):
    # ruleid: python.open-redirect
    return RedirectResponse(url=request.query_params["next"])


@api.get("/sso/safe")
async def sso_safe(to: str):
    if to not in {"/home", "/billing"}:
        return RedirectResponse("/")
    # ok: python.open-redirect
    return RedirectResponse(to)


def django_continue(request):
    # ruleid: python.open-redirect
    return HttpResponseRedirect(request.GET.get("continue"))


def django_next(request):
    nxt = request.POST.get("next", "/")
    # ruleid: python.open-redirect
    return django_redirect(nxt)


def django_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    # ok: python.open-redirect
    return HttpResponseRedirect(nxt)


def django_fixed(request):
    # ok: python.open-redirect
    return django_redirect("/accounts/profile/")


@app.route("/relay")
def relay():
    host = request.headers.get("X-Forwarded-Host")
    # ruleid: python.open-redirect
    return redirect("https://" + host + "/welcome")


@app.route("/profile")
def profile():
    # ok: python.open-redirect
    return redirect(url_for("user_profile", name=request.args.get("user")))
