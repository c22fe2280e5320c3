package dev.vigil.server.digest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.server.store.Json;

/**
 * Writes a digest as the JSON of a Slack incoming webhook (Mattermost and others read it too):
 * {@code text} as the notification's fallback, then Block Kit blocks, a header per repository and
 * a mrkdwn section per non-empty part. Slack's limits are kept: 50 blocks, 3000 characters a section.
 */
final class SlackDigest {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3000;

  private SlackDigest() {}

  /** Returns the webhook payload of {@code digest}. */
  static String write(Digest digest) {
    DigestText text = new DigestText(Markup.SLACK, digest);
    ObjectNode payload = Json.mapper().createObjectNode();
    payload.put("text", text.title());
    ArrayNode blocks = payload.putArray("blocks");
    header(blocks, text.title());
    boolean cut = false;
    for (RepositoryDigest part : digest.repositories()) {
      if (blocks.size() >= MAX_BLOCKS - 2) {
        cut = true;
        break;
      }
      header(blocks, part.repository().name());
      for (DigestText.Section section : text.sections(part)) {
        if (section.lines().isEmpty()) continue;
        if (blocks.size() >= MAX_BLOCKS - 1) {
          cut = true;
          break;
        }
        String body = "*" + section.title() + "*\n" + String.join("\n", section.lines());
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
            .put("text", body.length() <= MAX_SECTION ? body : body.substring(0, MAX_SECTION - 1) + "…");
      }
    }
    if (cut) {
      blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
          .put("text", "More in the full digest: " + digest.link("/api/v1/digest?format=html"));
    }
    return Json.write(payload);
  }

  private static void header(ArrayNode blocks, String title) {
    blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text")
        .put("text", title.length() <= 150 ? title : title.substring(0, 149) + "…");
  }
}
