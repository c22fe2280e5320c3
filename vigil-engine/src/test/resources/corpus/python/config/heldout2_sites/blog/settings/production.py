import os

from .base import *  # noqa

# ok: python.hardcoded-credential
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# ruleid: python.debug-mode
DEBUG = True

# ok: python.permissive-cors
CORS_ALLOWED_ORIGINS = ["https://blog.example.com"]
# ok: python.permissive-cors
CORS_ALLOW_CREDENTIALS = True

# ok: python.insecure-cookie
SESSION_COOKIE_SECURE = True
# ok: python.insecure-cookie
CSRF_COOKIE_SECURE = True
# ruleid: python.insecure-cookie
SESSION_COOKIE_HTTPONLY = False
