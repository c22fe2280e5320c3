package dev.vigil.server.ui;

import dev.vigil.server.auth.User;
import java.time.Instant;

/** A signed-in browser: who it is, its CSRF token, and when it was last seen. */
record Session(String idHash, User user, String csrf, Instant createdAt, Instant lastSeenAt) {}
