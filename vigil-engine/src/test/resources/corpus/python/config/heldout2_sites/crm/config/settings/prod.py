import environ

env = environ.Env()

# ok: python.debug-mode
DEBUG = env.bool("DJANGO_DEBUG", default=False)

# ruleid: python.permissive-cors
CORS_ORIGIN_ALLOW_ALL = True
CORS_ALLOW_CREDENTIALS = True

# ruleid: python.insecure-cookie
CSRF_COOKIE_SECURE = False
