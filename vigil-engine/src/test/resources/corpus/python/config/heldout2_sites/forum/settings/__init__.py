import os

# ruleid: python.debug-mode
DEBUG = True

# ok: python.debug-mode
DEBUG_TOOLBAR_PANELS = []

# ruleid: python.permissive-cors
CORS_ORIGIN_ALLOW_ALL = True
CORS_ALLOW_CREDENTIALS = True
