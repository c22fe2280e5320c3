# ok: python.debug-mode
DEBUG = True

# ok: python.permissive-cors
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
