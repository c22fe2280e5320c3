package dev.vigil.server.digest;

import java.util.List;

/** Writes a digest as Markdown: a heading per repository, a sub-heading per section. */
final class DigestMarkdown {
  private DigestMarkdown() {}

  /** Returns the Markdown of {@code digest}. */
  static String write(Digest digest) {
    DigestText text = new DigestText(Markup.MARKDOWN, digest);
    StringBuilder out = new StringBuilder("# ").append(text.title()).append("\n\n");
    if (digest.repositories().isEmpty()) out.append("No repositories.\n");
    for (RepositoryDigest part : digest.repositories()) {
      out.append("## ").append(Markup.MARKDOWN.link(Markup.MARKDOWN.text(part.repository().name()),
          digest.link("/repositories/" + part.repository().id()))).append("\n\n");
      for (DigestText.Section section : text.sections(part)) {
        out.append("### ").append(section.title()).append("\n\n");
        List<String> lines = section.lines().isEmpty() ? List.of("None.") : section.lines();
        lines.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
      }
    }
    return out.toString();
  }
}
