import os

# ok: python.debug-mode
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

# ok: python.permissive-cors
CORS_ALLOW_ALL_ORIGINS = False

ROOT_URLCONF = "blog.urls"
