# ruleid: python.debug-mode
DEBUG = True
# ruleid: python.debug-mode
TEMPLATE_DEBUG = True

# ok: python.permissive-cors
CORS_ALLOW_ALL_ORIGINS = True
# ok: python.permissive-cors
CORS_ALLOW_CREDENTIALS = False
