"""Logging helpers: a module flag named DEBUG is not Django's setting."""
import logging

# ok: python.debug-mode
DEBUG = True


def configure():
    logging.basicConfig(level=logging.DEBUG if DEBUG else logging.INFO)
