"""API gateway (FastAPI and Starlette) with its account helpers."""
import hashlib
import os
import random
import secrets
import smtplib
import ssl
import uuid

import aiohttp
import httpx
import jwt
import redis
import requests
from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as StarletteCORS

# ruleid: python.debug-mode
app = FastAPI(title="gateway", debug=True)

# ok: python.debug-mode
internal = FastAPI(title="internal", debug=os.environ.get("GATEWAY_DEBUG") == "1")

# ruleid: python.permissive-cors
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

# ok: python.permissive-cors
internal.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

# ok: python.permissive-cors
internal.add_middleware(CORSMiddleware, allow_origins=["https://console.example.com"], allow_credentials=True)


def partner_app():
    # ruleid: python.permissive-cors
    return Starlette(debug=False, middleware=[Middleware(StarletteCORS, allow_origin_regex=".*", allow_credentials=True)])


def public_app():
    # ok: python.permissive-cors
    return Starlette(middleware=[Middleware(StarletteCORS, allow_origin_regex=r"https://.*\.example\.com", allow_credentials=True)])


def debug_app():
    # ruleid: python.debug-mode
    return Starlette(debug=True, routes=[])


@app.get("/cors-echo")
async def cors_echo(request: Request, response: Response):
    # ruleid: python.permissive-cors
    response.headers["Access-Control-Allow-Origin"] = request.headers["origin"]
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return {"ok": True}


def password_digest(user, password):
    # ruleid: python.weak-hash
    user.password_hash = hashlib.sha1(password.encode()).hexdigest()


def check_pw(user, pw):
    # ruleid: python.weak-hash
    return hashlib.md5(pw.encode()).hexdigest() == user.pw_hash


def hash_passwords(rows):
    # ruleid: python.weak-hash
    return {r["user"]: hashlib.md5(r["password"].encode()).hexdigest() for r in rows}


def cache_key(path, query):
    # ok: python.weak-hash
    return hashlib.md5(f"{path}?{query}".encode()).hexdigest()


def file_checksum(data):
    # ok: python.weak-hash
    return hashlib.sha1(data).hexdigest()


def password_hash_strong(password):
    # ok: python.weak-hash
    return hashlib.sha256(password.encode()).hexdigest()


def session_key():
    # ruleid: python.predictable-random
    return "".join(random.choice("0123456789abcdef") for _ in range(32))


def make_salt():
    # ruleid: python.predictable-random
    salt = random.randbytes(16)
    return salt


def verification_code(user):
    # ruleid: python.predictable-random
    user.verification_code = str(random.randint(1000, 9999))


def shuffle_backends(backends):
    # ok: python.predictable-random
    random.shuffle(backends)
    return backends


def sample_for_metrics(events):
    # ok: python.predictable-random
    return random.sample(events, min(100, len(events)))


def trace_id():
    # ok: python.predictable-random
    return uuid.uuid4().hex


def mail(message):
    server = smtplib.SMTP("smtp.example.com", 587)
    # ruleid: python.hardcoded-credential
    server.login("gateway@example.com", "Sm7p-Pa55")
    server.send_message(message)


def mail_env(message):
    server = smtplib.SMTP("smtp.example.com", 587)
    # ok: python.hardcoded-credential
    server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    server.send_message(message)


def cache():
    # ok: python.hardcoded-credential
    return redis.Redis(host="cache", password=os.environ.get("REDIS_PASSWORD"))


def decode(token):
    # ruleid: python.hardcoded-credential
    return jwt.decode(token, "gateway-secret", algorithms=["HS256"])


def decode_public(token, public_key):
    # ok: python.hardcoded-credential
    return jwt.decode(token, public_key, algorithms=["RS256"])


def upstream(url):
    # ruleid: python.tls-verification-disabled
    return requests.post(url, data={"a": 1}, verify=False, timeout=10)


def upstream_session(url):
    session = requests.Session()
    # ruleid: python.tls-verification-disabled
    session.verify = False
    return session.get(url)


async def upstream_async(url):
    # ruleid: python.tls-verification-disabled
    async with httpx.AsyncClient(verify=False) as client:
        return await client.get(url)


async def upstream_aiohttp(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: python.tls-verification-disabled
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


def raw_socket_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python.tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: python.tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def upstream_verified(url):
    # ok: python.tls-verification-disabled
    return requests.post(url, data={"a": 1}, timeout=10)


def upstream_session_ca(url):
    session = requests.Session()
    # ok: python.tls-verification-disabled
    session.verify = "/etc/gateway/ca.pem"
    return session.get(url)


async def upstream_async_verified(url):
    # ok: python.tls-verification-disabled
    async with httpx.AsyncClient(verify=ssl.create_default_context()) as client:
        return await client.get(url)


async def upstream_aiohttp_ctx(url):
    async with aiohttp.ClientSession() as session:
        # ok: python.tls-verification-disabled
        async with session.get(url, ssl=ssl.create_default_context()) as resp:
            return await resp.text()


def strict_hostname():
    ctx = ssl.create_default_context()
    # ok: python.tls-verification-disabled
    ctx.check_hostname = True
    return ctx


@app.post("/login")
async def login(response: Response):
    # ruleid: python.insecure-cookie
    response.set_cookie(key="access_token", value=secrets.token_urlsafe(32), httponly=False, secure=True)
    return {"ok": True}


@app.post("/login-secure")
async def login_secure(response: Response):
    # ok: python.insecure-cookie
    response.set_cookie(key="access_token", value=secrets.token_urlsafe(32), httponly=True, secure=True)
    return {"ok": True}
