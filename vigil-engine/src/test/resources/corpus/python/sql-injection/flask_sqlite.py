import sqlite3
from flask import Flask, request, g

app = Flask(__name__)


def get_db():
    return sqlite3.connect("app.db")


@app.route("/users")
def users_by_name():
    name = request.args.get("name")
    cur = sqlite3.connect("app.db").cursor()
    # ruleid: python.sql-injection
    cur.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return "ok"


@app.route("/users/safe")
def users_by_name_bound():
    name = request.args.get("name")
    cur = sqlite3.connect("app.db").cursor()
    # ok: python.sql-injection
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    return "ok"


@app.route("/orders/<order_id>")
def order(order_id):
    conn = sqlite3.connect("app.db")
    # ruleid: python.sql-injection
    conn.execute(f"SELECT * FROM orders WHERE id = {order_id}")
    return "ok"


@app.route("/orders2/<order_id>")
def order_bound(order_id):
    conn = sqlite3.connect("app.db")
    # ok: python.sql-injection
    conn.execute("SELECT * FROM orders WHERE id = :id", {"id": order_id})
    return "ok"


@app.route("/search", methods=["POST"])
def search():
    term = request.form["term"]
    query = "SELECT * FROM items WHERE title LIKE '%%%s%%'" % term
    db = get_db()
    # ruleid: python.sql-injection
    db.execute(query)
    return "ok"


@app.route("/count")
def count():
    limit = int(request.args.get("limit", "10"))
    db = get_db()
    # ok: python.sql-injection
    db.execute("SELECT * FROM items LIMIT %d" % limit)
    return "ok"


@app.route("/sort")
def sort_items():
    column = request.args.get("sort", "name")
    db = get_db()
    # ruleid: python.sql-injection
    db.execute("SELECT * FROM items ORDER BY {}".format(column))
    return "ok"


ALLOWED_COLUMNS = {"name", "price", "created"}


@app.route("/sort/safe")
def sort_items_allowed():
    column = request.args.get("sort", "name")
    if column not in ALLOWED_COLUMNS:
        column = "name"
        return "bad column", 400
    db = get_db()
    # ok: python.sql-injection
    db.execute("SELECT * FROM items ORDER BY {}".format(column))
    return "ok"


@app.route("/delete", methods=["POST"])
def delete_item():
    data = request.get_json()
    item_id = data["id"]
    cur = get_db().cursor()
    sql = "DELETE FROM items WHERE id = " + str(item_id)
    # ruleid: python.sql-injection
    cur.execute(sql)
    return "ok"


@app.route("/delete/safe", methods=["POST"])
def delete_item_bound():
    data = request.get_json()
    cur = get_db().cursor()
    # ok: python.sql-injection
    cur.execute("DELETE FROM items WHERE id = ?", [data["id"]])
    return "ok"


def find_user(cursor, username):
    # ruleid: python.sql-injection
    cursor.execute("SELECT id FROM users WHERE username = '%s'" % username)
    return cursor.fetchone()


@app.route("/login", methods=["POST"])
def login():
    cur = get_db().cursor()
    find_user(cur, request.form.get("username"))
    return "ok"


def find_user_bound(cursor, username):
    # ok: python.sql-injection
    cursor.execute("SELECT id FROM users WHERE username = ?", (username,))
    return cursor.fetchone()


@app.route("/login2", methods=["POST"])
def login_bound():
    cur = get_db().cursor()
    find_user_bound(cur, request.form.get("username"))
    return "ok"


@app.route("/report")
def report():
    table = "audit_log"
    cur = get_db().cursor()
    # ok: python.sql-injection
    cur.execute("SELECT count(*) FROM " + table)
    return "ok"


@app.route("/tag")
def tag():
    tag_name = request.cookies.get("tag")
    parts = ["SELECT * FROM posts WHERE tag = '", tag_name, "'"]
    cur = get_db().cursor()
    # ruleid: python.sql-injection
    cur.executescript("".join(parts))
    return "ok"


@app.route("/bulk", methods=["POST"])
def bulk():
    rows = request.get_json()["rows"]
    cur = get_db().cursor()
    # ok: python.sql-injection
    cur.executemany("INSERT INTO t(a, b) VALUES (?, ?)", rows)
    return "ok"


@app.route("/numeric/<page>")
def numeric(page):
    if not page.isdigit():
        return "bad page", 400
    cur = get_db().cursor()
    # ok: python.sql-injection
    cur.execute("SELECT * FROM items OFFSET " + page)
    return "ok"
