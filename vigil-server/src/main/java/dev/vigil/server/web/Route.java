package dev.vigil.server.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One API route: method, path (OpenAPI style, {@code {id}}), whether it needs a bearer token, and
 * its handler. The table of routes registers Javalin and is checked against openapi.json by a test.
 */
public record Route(HandlerType method, String path, boolean authenticated, Handler handler) {}
