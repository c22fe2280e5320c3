from .prod import *  # noqa

# ok: python.debug-mode
DEBUG = True

# ok: python.insecure-cookie
SESSION_COOKIE_SECURE = False
