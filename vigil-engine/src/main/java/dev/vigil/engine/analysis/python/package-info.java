/**
 * The Python front end of the shared taint core ({@code analysis.taint}): lowering of
 * tree-sitter-python trees ({@link dev.vigil.engine.analysis.python.PythonFrontEnd}) and the
 * {@code python-taint} analyzer over the models of {@code models/python/} (Flask, Django,
 * FastAPI/Starlette, subprocess and os, DB-API cursors and SQLAlchemy, files and pathlib,
 * requests/httpx/urllib, pickle/yaml, Jinja2/MarkupSafe, eval/exec, Celery/pika/Kafka consumers,
 * crypto, cookie, CORS and debug misuses, Django settings modules). Not lowered yet:
 * {@code match} statements, walrus assignments (their values are still evaluated), decorators
 * other than entry points (a decorated helper is called as itself).
 */
package dev.vigil.engine.analysis.python;
