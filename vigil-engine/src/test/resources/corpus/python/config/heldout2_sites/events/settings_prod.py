import os

# ruleid: python.debug-mode
DEBUG = True

CORS_ALLOW_CREDENTIALS = True
# ruleid: python.permissive-cors
CORS_ALLOW_ALL_ORIGINS = True

# ok: python.insecure-cookie
SESSION_COOKIE_HTTPONLY = True
