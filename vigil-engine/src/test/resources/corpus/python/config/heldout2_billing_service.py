"""Billing service: accounts, API clients, invoices (Flask)."""
import base64
import hashlib
import hmac
import os
import random
import secrets
import ssl
import string
import time
import urllib.request
from random import choice, randint

import boto3
import httpx
import jwt
import psycopg2
import requests
import urllib3
from cryptography.fernet import Fernet
from flask import Flask, jsonify, make_response, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
api = Flask("internal")
LETTERS = string.ascii_letters + string.digits

# ruleid: python.permissive-cors
CORS(app, supports_credentials=True)

# ok: python.permissive-cors
CORS(api, origins=["https://billing.example.com"], supports_credentials=True)


def public_api(flask_app):
    # ok: python.permissive-cors
    CORS(flask_app)


def partner_api(flask_app):
    # ruleid: python.permissive-cors
    CORS(flask_app, origins="*", supports_credentials=True)


def reports_api(flask_app):
    # ruleid: python.permissive-cors
    CORS(flask_app, resources={r"/reports/*": {"origins": "*"}}, supports_credentials=True)


def widget_api(flask_app):
    # ok: python.permissive-cors
    CORS(flask_app, resources={r"/widget/*": {"origins": "*"}})


def admin_api(flask_app):
    # ok: python.permissive-cors
    CORS(flask_app, origins=[os.environ["ADMIN_ORIGIN"]], supports_credentials=True)


def any_subdomain(flask_app):
    # ruleid: python.permissive-cors
    CORS(flask_app, origins=r".*", supports_credentials=True)


def hash_password(password):
    # ruleid: python.weak-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def legacy_password_check(stored, pwd):
    # ruleid: python.weak-hash
    return stored == hashlib.sha1(pwd.encode()).hexdigest()


def salted_password(salt, password):
    h = hashlib.md5()
    # ruleid: python.weak-hash
    h.update((salt + password).encode())
    return h.hexdigest()


def md4_passphrase(passphrase):
    # ruleid: python.weak-hash
    return hashlib.new("md4", passphrase.encode("utf-16le")).hexdigest()


def etag(body):
    # ok: python.weak-hash
    return hashlib.md5(body).hexdigest()


def invoice_fingerprint(invoice):
    # ok: python.weak-hash
    return hashlib.sha1(f"{invoice.number}:{invoice.total}".encode()).hexdigest()


def strong_password_hash(password, salt):
    # ok: python.weak-hash
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def scrypt_password(password):
    # ok: python.weak-hash
    return hashlib.scrypt(password.encode(), salt=os.urandom(16), n=2**14, r=8, p=1)


def new_api_key():
    # ruleid: python.predictable-random
    return "".join(choice(LETTERS) for _ in range(32))


def one_time_code():
    # ruleid: python.predictable-random
    otp = randint(100000, 999999)
    return otp


def password_reset_link(user):
    # ruleid: python.predictable-random
    token = "%x" % random.getrandbits(64)
    return f"https://billing.example.com/reset/{user.id}/{token}"


def temporary_password():
    # ruleid: python.predictable-random
    return "".join(random.sample(LETTERS, 12))


def retry_backoff(attempt):
    # ok: python.predictable-random
    return min(60, 2 ** attempt) + random.random()


def pick_invoice_template(templates):
    # ok: python.predictable-random
    return random.choice(templates)


def new_api_key_secure():
    # ok: python.predictable-random
    return secrets.token_urlsafe(32)


def one_time_code_secure():
    # ok: python.predictable-random
    return secrets.randbelow(900000) + 100000


def sign_invoice(payload):
    # ruleid: python.hardcoded-credential
    return hmac.new(b"billing-hmac-key-2019", payload, hashlib.sha256).hexdigest()


def issue_token(claims):
    # ruleid: python.hardcoded-credential
    return jwt.encode(claims, key="billing-jwt-secret", algorithm="HS512")


def ledger_db():
    # ruleid: python.hardcoded-credential
    return psycopg2.connect(dbname="ledger", user="billing", password="Ledger!2020")


def s3_client():
    # ruleid: python.hardcoded-credential
    return boto3.client("s3", aws_access_key_id="AKIAEXAMPLE", aws_secret_access_key="wJalrXUtnFEMIEXAMPLEKEY")


def sign_invoice_env(payload):
    # ok: python.hardcoded-credential
    return hmac.new(os.environ["INVOICE_KEY"].encode(), payload, hashlib.sha256).hexdigest()


def issue_token_env(claims):
    # ok: python.hardcoded-credential
    return jwt.encode(claims, key=app.config["JWT_SECRET"], algorithm="HS512")


def ledger_db_env():
    # ok: python.hardcoded-credential
    return psycopg2.connect(dbname="ledger", user="billing", password=os.getenv("LEDGER_PASSWORD"))


def s3_client_default():
    # ok: python.hardcoded-credential
    return boto3.client("s3", region_name="eu-west-1")


def fetch_rates(url):
    # ruleid: python.tls-verification-disabled
    return httpx.get(url, verify=False).json()


def post_invoice(url, invoice):
    # ruleid: python.tls-verification-disabled
    with httpx.Client(verify=False) as client:
        return client.post(url, json=invoice)


def legacy_gateway(url):
    # ruleid: python.tls-verification-disabled
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def pool():
    # ruleid: python.tls-verification-disabled
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def fetch_rates_verified(url):
    # ok: python.tls-verification-disabled
    return httpx.get(url, verify=True).json()


def fetch_with_bundle(url):
    # ok: python.tls-verification-disabled
    return requests.get(url, verify=os.environ.get("CA_BUNDLE", True)).json()


def pool_verified():
    # ok: python.tls-verification-disabled
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")


def client_context():
    ctx = ssl.create_default_context()
    # ok: python.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(jsonify(ok=True))
    # ruleid: python.insecure-cookie
    resp.set_cookie("sessionid", secrets.token_hex(16), httponly=True)
    return resp


@app.route("/sso", methods=["POST"])
def sso():
    resp = make_response(jsonify(ok=True))
    # ruleid: python.insecure-cookie
    resp.set_cookie("jwt", issue_token_env({"sub": request.form["user"]}), secure=True)
    return resp


@app.route("/prefs")
def prefs():
    resp = make_response(jsonify(ok=True))
    # ok: python.insecure-cookie
    resp.set_cookie("currency", request.args.get("currency", "EUR"))
    return resp


@app.route("/sso2", methods=["POST"])
def sso_secure():
    resp = make_response(jsonify(ok=True))
    # ok: python.insecure-cookie
    resp.set_cookie("jwt", issue_token_env({"sub": request.form["user"]}), secure=True, httponly=True, samesite="Strict")
    return resp


def cookie_settings(flask_app):
    # ruleid: python.insecure-cookie
    flask_app.config["SESSION_COOKIE_SECURE"] = False
    # ruleid: python.insecure-cookie
    flask_app.config["SESSION_COOKIE_HTTPONLY"] = False
    # ok: python.insecure-cookie
    flask_app.config["SESSION_COOKIE_SAMESITE"] = "Lax"


def cookie_settings_secure(flask_app):
    # ok: python.insecure-cookie
    flask_app.config["SESSION_COOKIE_SECURE"] = True
    # ok: python.insecure-cookie
    flask_app.config.update(SESSION_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SECURE=True)


def cookie_settings_update(flask_app):
    # ruleid: python.insecure-cookie
    flask_app.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_SAMESITE="Lax")


def start_debug():
    # ruleid: python.debug-mode
    app.config.update(DEBUG=True, TESTING=False)


def start_from_env():
    # ok: python.debug-mode
    app.config.update(DEBUG=os.environ.get("BILLING_DEBUG") == "true")


def toggle(flag):
    # ok: python.debug-mode
    app.debug = flag


if __name__ == "__main__":
    # ruleid: python.debug-mode
    api.run(port=5001, debug=True, use_reloader=False)
