package dev.vigil.server.web;

/**
 * An API error with its HTTP status, the JSON error code, the field at fault (or null) and a
 * message for people. Thrown by handlers; turned into {@code {error, field, message}} in one place.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String error;
  private final String field;

  public ApiException(int status, String error, String field, String message) {
    super(message);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  /** Returns a 400 naming the field that was wrong. */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(400, "bad_request", field, message);
  }

  /** Returns a 404 for a missing (or invisible) resource. */
  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", null, what + " not found");
  }

  /** Returns a 403 saying what the role may not do. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", null, message);
  }

  /** Returns a 401. */
  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", null, message);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String field() {
    return field;
  }
}
