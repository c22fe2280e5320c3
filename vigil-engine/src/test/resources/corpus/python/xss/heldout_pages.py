from django.http import HttpResponse
from django.views import View
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Blueprint, request, render_template

bp = Blueprint("pages", __name__)
api = FastAPI()


@bp.route("/greet")
def greet():
    who = request.args.get("who", "world")
    template = "<h1>Hello, %s!</h1>"
    # ruleid: python.xss
    return template % who


@bp.route("/greet/template")
def greet_template():
    who = request.args.get("who", "world")
    # ok: python.xss
    return render_template("greet.html", who=who)


@api.get("/page", response_class=HTMLResponse)
def page(title: str):
    # ruleid: python.xss
    return HTMLResponse("<title>" + title + "</title>")


@api.get("/page2")
def page_json(title: str):
    # ok: python.xss
    return {"title": title}


class CommentView(View):
    def get(self, request):
        text = request.GET.get("text", "")
        # ruleid: python.xss
        return HttpResponse("<blockquote>{}</blockquote>".format(text))

    def post(self, request):
        text = request.POST.get("text", "")
        # ok: python.xss
        return HttpResponse("saved", content_type="text/plain") if text else HttpResponse("empty")


@bp.route("/list")
def listing():
    items = request.args.getlist("item")
    html = "".join("<li>" + i + "</li>" for i in items)
    # ruleid: python.xss
    return "<ul>" + html + "</ul>"


@bp.route("/count")
def count():
    items = request.args.getlist("item")
    # ok: python.xss
    return "<p>%d items</p>" % len(items)
