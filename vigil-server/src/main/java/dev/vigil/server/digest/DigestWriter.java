package dev.vigil.server.digest;

import org.jdbi.v3.core.Jdbi;

/** Writes digests in each {@link DigestFormat}. */
public final class DigestWriter {
  private final DigestHtml html;

  public DigestWriter(Jdbi jdbi) {
    this.html = new DigestHtml(jdbi);
  }

  /** Returns {@code digest} written in {@code format}. */
  public String write(Digest digest, DigestFormat format) {
    return switch (format) {
      case MD -> DigestMarkdown.write(digest);
      case HTML -> html.write(digest);
      case SLACK -> SlackDigest.write(digest);
    };
  }
}
