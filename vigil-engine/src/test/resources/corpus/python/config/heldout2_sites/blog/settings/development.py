from .base import *  # noqa

# ok: python.debug-mode
DEBUG = True

# ok: python.permissive-cors
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True

# ok: python.insecure-cookie
SESSION_COOKIE_SECURE = False
