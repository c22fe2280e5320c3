import hashlib
import os
import random
import secrets
import smtplib
import ssl
import uuid

import httpx
import pymysql
import redis
import urllib3
from django.http import HttpResponse
from flask import Flask

app = Flask(__name__)
rng = random.Random()


class UserService:
    def register(self, username, raw_password):
        # ruleid: python.weak-hash
        digest = hashlib.sha1(raw_password.encode()).hexdigest()
        return username, digest

    def verify(self, user, candidate_password):
        # ruleid: python.weak-hash
        return user.hashed == hashlib.new("sha1", candidate_password.encode()).hexdigest()

    def gravatar(self, email):
        # ok: python.weak-hash
        return "https://gravatar.com/avatar/" + hashlib.md5(email.lower().encode()).hexdigest()

    def dedupe_key(self, row):
        # ok: python.weak-hash
        return hashlib.sha1(repr(row).encode()).hexdigest()


def generate_invite_code():
    # ruleid: python.predictable-random
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))


def make_nonce():
    # ruleid: python.predictable-random
    nonce = random.randrange(1 << 64)
    return nonce


def random_delay():
    # ok: python.predictable-random
    return random.uniform(0.5, 1.5)


def sample_rows(rows):
    # ok: python.predictable-random
    return random.sample(rows, 10)


def request_id():
    # ok: python.predictable-random
    return uuid.uuid4().hex


def reset_token():
    # ok: python.predictable-random
    return secrets.token_hex(20)


def cache():
    # ruleid: python.hardcoded-credential
    return redis.Redis(host="cache", port=6379, password="r3d1s-pass")


def mysql():
    # ruleid: python.hardcoded-credential
    return pymysql.connect(host="db", user="root", password="root-pw", database="shop")


def notify(message):
    server = smtplib.SMTP("smtp.example.com", 587)
    # ruleid: python.hardcoded-credential
    server.login("alerts@example.com", "mail-password-1")
    server.sendmail("alerts@example.com", ["ops@example.com"], message)


def mysql_env():
    # ok: python.hardcoded-credential
    return pymysql.connect(host="db", user="root", password=os.environ["MYSQL_PASSWORD"])


def cache_env():
    # ok: python.hardcoded-credential
    return redis.Redis(host="cache", password=os.getenv("REDIS_PASSWORD"))


def configure_secret():
    # ok: python.hardcoded-credential
    app.secret_key = os.environ["FLASK_SECRET_KEY"]


def client():
    # ruleid: python.tls-verification-disabled
    return httpx.Client(base_url="https://internal", verify=False)


def pool():
    # ruleid: python.tls-verification-disabled
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def client_ok():
    # ok: python.tls-verification-disabled
    return httpx.Client(base_url="https://internal", verify=ssl.create_default_context())


def pool_ok():
    # ok: python.tls-verification-disabled
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED")


def login_view(request):
    response = HttpResponse("welcome")
    # ruleid: python.insecure-cookie
    response.set_cookie("sessionid", request.session.session_key, httponly=True)
    return response


def prefs_view(request):
    response = HttpResponse("saved")
    # ok: python.insecure-cookie
    response.set_cookie("sort_order", "asc")
    return response


def secure_login_view(request):
    response = HttpResponse("welcome")
    # ok: python.insecure-cookie
    response.set_cookie("sessionid", request.session.session_key, secure=True, httponly=True)
    return response


def debug_server():
    # ruleid: python.debug-mode
    app.config.update(DEBUG=True, SECRET_KEY=os.environ["K"])


def quiet_server():
    # ok: python.debug-mode
    app.config.update(DEBUG=False)
