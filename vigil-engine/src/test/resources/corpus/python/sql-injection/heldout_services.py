import sqlite3

from django.views import View
from django.http import HttpResponse, JsonResponse
from fastapi import APIRouter
from flask import Blueprint, request

bp = Blueprint("reports", __name__)
router = APIRouter()


class ReportRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def by_owner(self, owner):
        cur = self.conn.cursor()
        # ruleid: python.sql-injection
        cur.execute("SELECT * FROM reports WHERE owner = '%s'" % owner)
        return cur.fetchall()

    def by_owner_bound(self, owner):
        cur = self.conn.cursor()
        # ok: python.sql-injection
        cur.execute("SELECT * FROM reports WHERE owner = ?", (owner,))
        return cur.fetchall()


repo = ReportRepository("reports.db")


@bp.route("/reports")
def reports():
    repo.by_owner(request.args.get("owner"))
    return "ok"


@bp.route("/reports/bound")
def reports_bound():
    repo.by_owner_bound(request.args.get("owner"))
    return "ok"


@bp.route("/reports/loop")
def reports_loop():
    db = sqlite3.connect("reports.db")
    for tag in request.args.getlist("tag"):
        # ruleid: python.sql-injection
        db.execute("DELETE FROM tags WHERE name = '" + tag + "'")
    return "ok"


@bp.route("/reports/try")
def reports_try():
    db = sqlite3.connect("reports.db")
    try:
        year = int(request.args["year"])
    except ValueError:
        return "bad year", 400
    # ok: python.sql-injection
    db.execute("SELECT * FROM reports WHERE year = " + str(year))
    return "ok"


@router.get("/stats/{metric}")
def stats(metric: str, days: int = 7):
    db = sqlite3.connect("stats.db")
    # ruleid: python.sql-injection
    db.execute("SELECT %s FROM stats" % metric)
    return {"ok": True}


@router.get("/stats2/{metric}")
def stats_mapped(metric: str):
    columns = {"cpu": "cpu_load", "mem": "mem_used"}
    db = sqlite3.connect("stats.db")
    if metric in columns:
        # ok: python.sql-injection
        db.execute("SELECT %s FROM stats" % metric)
    return {"ok": True}


class OrderView(View):
    def get(self, request, *args, **kwargs):
        ref = request.GET.get("ref")
        from django.db import connection
        with connection.cursor() as cursor:
            # ruleid: python.sql-injection
            cursor.execute("SELECT * FROM orders WHERE ref = '" + ref + "'")
        return JsonResponse({"ok": True})

    def post(self, request, *args, **kwargs):
        ref = request.POST.get("ref")
        from django.db import connection
        with connection.cursor() as cursor:
            # ok: python.sql-injection
            cursor.execute("SELECT * FROM orders WHERE ref = %s", [ref])
        return JsonResponse({"ok": True})


def where_clause(filters):
    return " AND ".join("%s = '%s'" % (k, v) for k, v in filters.items())


@bp.route("/filter")
def filtered():
    clause = where_clause(request.args)
    db = sqlite3.connect("reports.db")
    # ruleid: python.sql-injection
    db.execute("SELECT * FROM reports WHERE " + clause)
    return "ok"


@bp.route("/filter/static")
def filtered_static():
    request.args.get("anything")
    clause = where_clause({"status": "open"})
    db = sqlite3.connect("reports.db")
    # ok: python.sql-injection
    db.execute("SELECT * FROM reports WHERE " + clause)
    return "ok"
