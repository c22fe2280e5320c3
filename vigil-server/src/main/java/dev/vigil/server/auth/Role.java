package dev.vigil.server.auth;

import java.util.Locale;

/**
 * What a user may do. Admins see every repository; everyone else sees only the repositories granted
 * to them, and within those: security owners triage and connect, developers triage except reject,
 * viewers only read.
 */
public enum Role {
  ADMIN, SECURITY_OWNER, DEVELOPER, VIEWER;

  /** Returns the label used in JSON, e.g. {@code security_owner}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns true if this role may connect repositories and create scans. */
  public boolean canManageRepositories() {
    return this == ADMIN || this == SECURITY_OWNER;
  }

  /** Returns true if this role may start scans of a granted repository. */
  public boolean canScan() {
    return this != VIEWER;
  }

  /** Returns true if this role may take triage actions other than reject. */
  public boolean canTriage() {
    return this != VIEWER;
  }

  /** Returns true if this role may reject findings as false positives and edit threat models. */
  public boolean canReject() {
    return this == ADMIN || this == SECURITY_OWNER;
  }

  /** Parses a label such as {@code viewer}; throws with the accepted values on anything else. */
  public static Role parse(String label) {
    for (Role role : values()) {
      if (role.label().equalsIgnoreCase(label == null ? "" : label.trim())) return role;
    }
    throw new IllegalArgumentException(
        "unknown role '" + label + "': expected one of admin, security_owner, developer, viewer");
  }
}
