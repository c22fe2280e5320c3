package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a repository ships, which decides who can reach its code. */
public enum RepositoryType {
  /** An HTTP service that answers only in data: REST controllers, JAX-RS resources, routes. */
  PUBLIC_API,
  /** An HTTP service that renders pages or keeps sessions for its users. */
  SAAS_BACKEND,
  /** A command-line program. */
  CLI,
  /** Code other programs link against, with no entry point of its own. */
  LIBRARY,
  /** A process driven by message listeners or scheduled jobs. */
  WORKER,
  /** An HTTP service that is also a worker or a command-line program. */
  MIXED;

  /** Returns the label used in the YAML format, e.g. {@code public-api}. */
  @JsonValue
  public String label() {
    return Labels.of(this);
  }

  /** Parses a label such as {@code saas-backend}; throws with the accepted values otherwise. */
  @JsonCreator
  public static RepositoryType parse(String label) {
    return Labels.parse(RepositoryType.class, label, "repository type");
  }
}
