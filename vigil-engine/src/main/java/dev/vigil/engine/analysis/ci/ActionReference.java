package dev.vigil.engine.analysis.ci;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a {@code uses:} value points at: a local action ({@code ./path}), a Docker image, or an
 * {@code owner/repo[/path]@ref} action or reusable workflow, and whether that is pinned to content
 * that cannot change (a full 40-hex commit sha, or an image digest).
 *
 * @param value the {@code uses:} value as written
 * @param owner the lower-case owner of a repository action, "" for local actions and images
 * @param pinned true if the reference cannot move to other content
 */
record ActionReference(String value, String owner, boolean pinned) {
  private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  /** A release tag: v4, v4.1.0, 2.3, v1-beta. */
  private static final Pattern VERSION_TAG = Pattern.compile("v?\\d+(?:\\.\\d+)*(?:[-+][\\w.]+)?");

  /** Returns the reference {@code uses} names. */
  static ActionReference parse(String uses) {
    String value = uses.strip();
    if (value.startsWith("./") || value.startsWith(".\\")) return new ActionReference(value, "", true);
    if (value.startsWith("docker://")) {
      return new ActionReference(value, "", value.contains("@sha256:"));
    }
    int at = value.lastIndexOf('@');
    int slash = value.indexOf('/');
    String owner = slash < 0 ? value : value.substring(0, slash);
    boolean pinned = at > 0 && COMMIT_SHA.matcher(value.substring(at + 1)).matches();
    return new ActionReference(value, owner.toLowerCase(Locale.ROOT), pinned);
  }

  /**
   * Returns true if a repository action is referenced by a release tag ({@code @v4}), which its
   * owner can move but by convention does not, rather than by a branch such as {@code @main}
   * that moves with every push.
   */
  boolean atReleaseTag() {
    int at = value.lastIndexOf('@');
    return !value.startsWith("docker://") && at > 0 && VERSION_TAG.matcher(value.substring(at + 1)).matches();
  }

  /** Returns true for a local action, which lives in the repository itself. */
  boolean local() {
    return value.startsWith("./") || value.startsWith(".\\");
  }
}
