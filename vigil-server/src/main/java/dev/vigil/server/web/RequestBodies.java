package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.store.Json;
import io.javalin.http.Context;

/** Reads JSON request bodies with errors that name the field and what was expected. */
final class RequestBodies {
  private RequestBodies() {}

  /** Returns the body as a JSON object; 400 if it is not one. */
  static JsonNode object(Context ctx) {
    try {
      JsonNode node = Json.mapper().readTree(ctx.body());
      if (node == null || !node.isObject()) throw ApiException.badRequest(null, "expected a JSON object");
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiException.badRequest(null, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** Returns a required, non-blank text field. */
  static String text(JsonNode body, String field) {
    String value = optionalText(body, field);
    if (value == null || value.isBlank()) throw ApiException.badRequest(field, field + " is required");
    return value;
  }

  /** Returns an optional text field, or null. */
  static String optionalText(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) return null;
    if (!node.isTextual()) throw ApiException.badRequest(field, field + " must be a string");
    return node.asText();
  }

  /** Returns a required integer field. */
  static long number(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) throw ApiException.badRequest(field, field + " is required");
    if (!node.canConvertToLong() || !node.isIntegralNumber()) {
      throw ApiException.badRequest(field, field + " must be an integer");
    }
    return node.asLong();
  }

  /** Returns the {@code {id}} path parameter; 404 naming the resource if it is not a number. */
  static long id(Context ctx, String resource) {
    String id = ctx.pathParam("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound(resource + " " + id);
    }
  }
}
