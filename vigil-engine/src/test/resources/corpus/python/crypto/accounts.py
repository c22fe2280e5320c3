import hashlib
import hmac
import os
import random
import secrets
import ssl
import string

import jwt
import psycopg2
import requests
from flask import Flask, request, make_response

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits
COLORS = ["red", "green", "blue"]


def store_password(user, password):
    # ruleid: python.weak-hash
    user.password_hash = hashlib.md5(password.encode()).hexdigest()


def check_password(user, password):
    # ruleid: python.weak-hash
    return hashlib.sha1(password.encode()).hexdigest() == user.password_hash


def legacy_hash(pw):
    digest = hashlib.new("md5")
    # ruleid: python.weak-hash
    h = hashlib.md5(pw.encode("utf-8"))
    return h.hexdigest()


def hash_passwd(passwd, salt):
    h = hashlib.sha1()
    # ruleid: python.weak-hash
    h.update(salt + passwd.encode())
    return h.hexdigest()


def etag(body):
    # ok: python.weak-hash
    return hashlib.md5(body).hexdigest()


def file_checksum(path):
    with open(path, "rb") as f:
        # ok: python.weak-hash
        return hashlib.sha1(f.read()).hexdigest()


def strong_password(password, salt):
    # ok: python.weak-hash
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def scrypt_password(password, salt):
    # ok: python.weak-hash
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def cache_key(url):
    # ok: python.weak-hash
    return "page:" + hashlib.md5(url.encode()).hexdigest()


def make_reset_token():
    # ruleid: python.predictable-random
    return "".join(random.choice(ALPHABET) for _ in range(32))


def issue_otp(user):
    # ruleid: python.predictable-random
    otp = random.randint(100000, 999999)
    user.otp = otp


def new_session(user):
    # ruleid: python.predictable-random
    session_id = "%032x" % random.getrandbits(128)
    return session_id


def api_key_for(client):
    # ruleid: python.predictable-random
    client.api_key = "".join(random.choices(ALPHABET, k=40))


def pick_color():
    # ok: python.predictable-random
    return random.choice(COLORS)


def jitter(delay):
    # ok: python.predictable-random
    return delay * (1 + random.random() / 10)


def secure_token():
    # ok: python.predictable-random
    return secrets.token_urlsafe(32)


def shuffle_cards(cards):
    # ok: python.predictable-random
    return random.sample(cards, len(cards))


def sign(payload):
    # ruleid: python.hardcoded-credential
    return jwt.encode(payload, "s3cr3t-signing-key", algorithm="HS256")


def verify(token):
    # ruleid: python.hardcoded-credential
    return jwt.decode(token, key="s3cr3t-signing-key", algorithms=["HS256"])


def connect():
    # ruleid: python.hardcoded-credential
    return psycopg2.connect(host="db", user="app", password="hunter2")


# ruleid: python.hardcoded-credential
app.secret_key = "dev-secret-key-123"


def sign_env(payload):
    # ok: python.hardcoded-credential
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")


def connect_env():
    # ok: python.hardcoded-credential
    return psycopg2.connect(host="db", user="app", password=os.environ.get("DB_PASSWORD"))


def verify_with(token, key):
    # ok: python.hardcoded-credential
    return jwt.decode(token, key, algorithms=["HS256"])


def mac(message):
    # ok: python.hardcoded-credential
    return hmac.new(os.environ["MAC_KEY"].encode(), message, hashlib.sha256).hexdigest()


def fetch_insecure(url):
    # ruleid: python.tls-verification-disabled
    return requests.get(url, verify=False).json()


def post_insecure(url, body):
    s = requests.Session()
    # ruleid: python.tls-verification-disabled
    return s.post(url, json=body, verify=False)


def unverified():
    # ruleid: python.tls-verification-disabled
    return ssl._create_unverified_context()


def no_cert_check():
    ctx = ssl.create_default_context()
    # ruleid: python.tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: python.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def fetch_verified(url):
    # ok: python.tls-verification-disabled
    return requests.get(url, verify=True).json()


def fetch_private_ca(url):
    # ok: python.tls-verification-disabled
    return requests.get(url, verify="/etc/ssl/private-ca.pem").json()


def fetch_default(url):
    # ok: python.tls-verification-disabled
    return requests.get(url, timeout=5).json()


def strict_context():
    ctx = ssl.create_default_context()
    # ok: python.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    # ruleid: python.insecure-cookie
    resp.set_cookie("session_id", new_session(None))
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    # ruleid: python.insecure-cookie
    resp.set_cookie("remember_token", secrets.token_hex(16), secure=True)
    return resp


@app.route("/auth", methods=["POST"])
def auth():
    resp = make_response("ok")
    # ruleid: python.insecure-cookie
    resp.set_cookie(key="auth", value=secrets.token_hex(16), httponly=True)
    return resp


@app.route("/login2", methods=["POST"])
def login_secure():
    resp = make_response("ok")
    # ok: python.insecure-cookie
    resp.set_cookie("session_id", secrets.token_hex(16), secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/theme")
def theme():
    resp = make_response("ok")
    # ok: python.insecure-cookie
    resp.set_cookie("theme", "dark")
    return resp


@app.route("/lang")
def lang():
    resp = make_response("ok")
    # ok: python.insecure-cookie
    resp.set_cookie("locale", "en", max_age=3600)
    return resp


if __name__ == "__main__":
    # ruleid: python.debug-mode
    app.run(host="0.0.0.0", debug=True)


def run_dev():
    # ok: python.debug-mode
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def run_prod():
    # ok: python.debug-mode
    app.run(host="0.0.0.0", port=8000, debug=False)


def enable_debug():
    # ruleid: python.debug-mode
    app.debug = True


def configure():
    # ruleid: python.debug-mode
    app.config["DEBUG"] = True
    # ok: python.debug-mode
    app.config["TESTING"] = True
