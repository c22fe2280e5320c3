from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect as flask_redirect, request, url_for

app = Flask(__name__)


@app.route("/logout")
def logout():
    # ok: python.open-redirect
    return flask_redirect(url_for("index"))


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    # ruleid: python.open-redirect
    return flask_redirect(target)


def django_next(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    # ok: python.open-redirect
    return redirect(nxt)


def django_back(request):
    # ruleid: python.open-redirect
    return HttpResponseRedirect(request.META.get("HTTP_REFERER"))
