from django.template import Engine, Template as DjangoTemplate, Context
from django.http import HttpResponse
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, request, render_template, render_template_string
from jinja2 import Environment, Template, select_autoescape
from mako.template import Template as MakoTemplate

app = Flask(__name__)
api = FastAPI()
env = Environment(autoescape=select_autoescape())


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: python.template-injection
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/greet/f")
def greet_f():
    # ruleid: python.template-injection
    return render_template_string(f"<p>{request.args['msg']}</p>")


@app.route("/custom", methods=["POST"])
def custom():
    # ruleid: python.template-injection
    tpl = Template(request.form["template"])
    return tpl.render()


@app.route("/env", methods=["POST"])
def env_render():
    # ruleid: python.template-injection
    return env.from_string(request.get_json()["body"]).render(user="x")


@app.route("/mail/preview", methods=["POST"])
def mail_preview():
    subject = request.form.get("subject")
    body = "Subject: %s" % subject
    # ruleid: python.template-injection
    return render_template_string(body)


@app.route("/mako", methods=["POST"])
def mako():
    # ruleid: python.template-injection
    return MakoTemplate(request.form["tpl"]).render()


@api.get("/hello")
async def hello(name: str):
    # ruleid: python.template-injection
    html = Template("Hello " + name).render()
    return HTMLResponse(html)


def django_page(request):
    # ruleid: python.template-injection
    template = DjangoTemplate(request.POST["layout"])
    return HttpResponse(template.render(Context({})))


def django_engine(request):
    # ruleid: python.template-injection
    template = Engine().from_string(request.GET.get("t", ""))
    return HttpResponse(template.render(Context({})))


@app.route("/header")
def header():
    title = request.headers.get("X-Title", "")
    # ruleid: python.template-injection
    return render_template_string("{% extends 'base.html' %}{% block title %}" + title + "{% endblock %}")


@app.route("/cookie")
def cookie():
    # ruleid: python.template-injection
    return render_template_string(request.cookies.get("banner", ""))


@app.route("/json", methods=["POST"])
def json_tpl():
    data = request.get_json()
    snippet = data.get("snippet")
    # ruleid: python.template-injection, python.xss
    return Template(snippet).render(data=data)


@app.route("/env2")
def env_two():
    src = request.values.get("src")
    # ruleid: python.template-injection
    template = Environment().from_string(src)
    return template.render()


@app.route("/greet/safe")
def greet_safe():
    # ok: python.template-injection
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", ""))


@app.route("/file")
def from_file():
    # ok: python.template-injection
    return render_template("greet.html", name=request.args.get("name"))


@app.route("/env/safe")
def env_safe():
    # ok: python.template-injection
    return env.from_string("Hi {{ user }}").render(user=request.args.get("user"))


@app.route("/fixed")
def fixed():
    # ok: python.template-injection
    tpl = Template("<p>{{ msg }}</p>")
    # ruleid: python.xss
    return tpl.render(msg=request.args.get("msg"))


@app.route("/mako/safe")
def mako_safe():
    # ok: python.template-injection
    return MakoTemplate("<p>${msg | h}</p>").render(msg=request.args.get("msg"))


@api.get("/hello/safe")
async def hello_safe(name: str):
    # ok: python.template-injection
    html = Template("Hello {{ name }}").render(name=name)
    # ruleid: python.xss
    return HTMLResponse(html)


def django_page_safe(request):
    # ok: python.template-injection
    template = DjangoTemplate("<p>{{ msg }}</p>")
    return HttpResponse(template.render(Context({"msg": request.GET.get("msg")})))


def django_engine_safe(request):
    # ok: python.template-injection
    template = Engine.get_default().get_template("page.html")
    return HttpResponse(template.render(Context({"q": request.GET.get("q")})))


@app.route("/choice")
def choice():
    templates = {"short": "<b>{{ m }}</b>", "long": "<p>{{ m }}</p>"}
    kind = request.args.get("kind", "short")
    if kind not in templates:
        return "bad", 400
    # ok: python.template-injection
    return render_template_string(templates[kind], m=request.args.get("m"))


@app.route("/number")
def number():
    n = int(request.args.get("n", "0"))
    # ok: python.template-injection
    return render_template_string("<p>" + str(n) + " items</p>")


@app.route("/static")
def static_page():
    # ok: python.template-injection
    return render_template_string("<p>Static page</p>")


@app.route("/env/escaped")
def env_escaped():
    # ok: python.template-injection
    return env.get_template("page.html").render(q=request.args.get("q"))


@app.route("/header/safe")
def header_safe():
    # ok: python.template-injection
    return render_template_string("{% extends 'base.html' %}{% block title %}{{ t }}{% endblock %}",
                                  t=request.headers.get("X-Title", ""))
