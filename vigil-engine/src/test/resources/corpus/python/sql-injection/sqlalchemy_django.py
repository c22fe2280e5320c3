from django.db import connection
from django.http import HttpResponse
from sqlalchemy import text, create_engine

from .models import Article

engine = create_engine("sqlite://")


def article_search(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cursor:
        # ruleid: python.sql-injection
        cursor.execute("SELECT * FROM article WHERE title LIKE '%" + q + "%'")
    return HttpResponse("ok")


def article_search_bound(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cursor:
        # ok: python.sql-injection
        cursor.execute("SELECT * FROM article WHERE title LIKE %s", ["%" + q + "%"])
    return HttpResponse("ok")


def article_raw(request):
    author = request.POST["author"]
    # ruleid: python.sql-injection
    articles = Article.objects.raw("SELECT * FROM article WHERE author = '%s'" % author)
    return HttpResponse(len(list(articles)))


def article_raw_params(request):
    author = request.POST["author"]
    # ok: python.sql-injection
    articles = Article.objects.raw("SELECT * FROM article WHERE author = %s", [author])
    return HttpResponse(len(list(articles)))


def article_extra(request):
    year = request.GET["year"]
    # ruleid: python.sql-injection
    qs = Article.objects.extra(where=["year = " + year])
    return HttpResponse(qs.count())


def article_filter(request):
    year = request.GET["year"]
    # ok: python.sql-injection
    qs = Article.objects.filter(year=year)
    return HttpResponse(qs.count())


def report_by_status(request):
    status = request.GET.get("status")
    with engine.connect() as conn:
        # ruleid: python.sql-injection
        conn.execute(text(f"SELECT * FROM report WHERE status = '{status}'"))
    return HttpResponse("ok")


def report_by_status_bound(request):
    status = request.GET.get("status")
    with engine.connect() as conn:
        # ok: python.sql-injection
        conn.execute(text("SELECT * FROM report WHERE status = :status"), {"status": status})
    return HttpResponse("ok")


def report_header(request):
    region = request.headers.get("X-Region")
    stmt = "SELECT * FROM sales WHERE region = '%s'" % region
    with engine.connect() as conn:
        # ruleid: python.sql-injection
        conn.execute(stmt)
    return HttpResponse("ok")


def report_region_checked(request):
    region = request.headers.get("X-Region")
    if region not in ("eu", "us", "apac"):
        return HttpResponse("bad region", status=400)
    with engine.connect() as conn:
        # ok: python.sql-injection
        conn.execute("SELECT * FROM sales WHERE region = '%s'" % region)
    return HttpResponse("ok")


def overwritten(request):
    name = request.GET.get("name")
    name = "guest"
    with connection.cursor() as cursor:
        # ok: python.sql-injection
        cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return HttpResponse("ok")


def build_filter(field, value):
    return field + " = '" + value + "'"


def helper_built(request):
    clause = build_filter("email", request.GET["email"])
    with connection.cursor() as cursor:
        # ruleid: python.sql-injection
        cursor.execute("SELECT * FROM users WHERE " + clause)
    return HttpResponse("ok")


def helper_built_constant(request):
    clause = build_filter("email", "admin@example.com")
    with connection.cursor() as cursor:
        # ok: python.sql-injection
        cursor.execute("SELECT * FROM users WHERE " + clause)
    return HttpResponse("ok")


def meta_host(request):
    host = request.META.get("HTTP_HOST")
    with connection.cursor() as cursor:
        # ruleid: python.sql-injection
        cursor.execute("INSERT INTO visits(host) VALUES ('" + host + "')")
    return HttpResponse("ok")
