package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How outside input arrives at an entry point. */
public enum EntryPointKind {
  /** An HTTP route: method and path. */
  HTTP_ROUTE(true),
  /** An HTTP route that takes a file. */
  FILE_UPLOAD(true),
  /** An HTTP route a third party calls back: a webhook or callback. */
  WEBHOOK(true),
  /** A Kafka, JMS, RabbitMQ or SQS listener. */
  MESSAGE_LISTENER(true),
  /** The arguments of a command-line program. */
  CLI_ARGUMENTS(false),
  /** A job the clock starts. */
  SCHEDULED_JOB(false);

  private final boolean remote;

  EntryPointKind(boolean remote) {
    this.remote = remote;
  }

  /** Returns true if input arrives from other machines rather than the local operator or clock. */
  public boolean remote() {
    return remote;
  }

  /** Returns true if input arrives over HTTP. */
  public boolean http() {
    return this == HTTP_ROUTE || this == FILE_UPLOAD || this == WEBHOOK;
  }

  /** Returns the label used in the YAML format, e.g. {@code http-route}. */
  @JsonValue
  public String label() {
    return Labels.of(this);
  }

  /** Returns the label in words, e.g. {@code HTTP route}. */
  public String describe() {
    return switch (this) {
      case HTTP_ROUTE -> "HTTP route";
      case FILE_UPLOAD -> "file upload";
      case WEBHOOK -> "webhook";
      case MESSAGE_LISTENER -> "message listener";
      case CLI_ARGUMENTS -> "command-line arguments";
      case SCHEDULED_JOB -> "scheduled job";
    };
  }

  /** Parses a label such as {@code webhook}; throws with the accepted values otherwise. */
  @JsonCreator
  public static EntryPointKind parse(String label) {
    return Labels.parse(EntryPointKind.class, label, "entry point kind");
  }
}
