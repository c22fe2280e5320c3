package dev.vigil.server.digest;

/**
 * The text markup a digest is written in: Markdown for files and the API, Slack's mrkdwn for
 * webhooks. Text from repositories and people is escaped, so a reason or a message cannot add
 * links or formatting of its own.
 */
interface Markup {
  /** Returns {@code text} as a link to {@code url}. */
  String link(String text, String url);

  /** Returns {@code text} in bold. */
  String bold(String text);

  /** Returns {@code text} as inline code. */
  String code(String text);

  /** Returns untrusted {@code text} with every markup character neutralised. */
  String text(String text);

  /** Markdown (CommonMark). */
  Markup MARKDOWN = new Markup() {
    @Override
    public String link(String text, String url) {
      return "[" + text + "](" + url.replace(" ", "%20").replace(")", "%29") + ")";
    }

    @Override
    public String bold(String text) {
      return "**" + text + "**";
    }

    @Override
    public String code(String text) {
      return "`" + oneLine(text).replace("`", "'") + "`";
    }

    @Override
    public String text(String text) {
      return oneLine(text).replaceAll("([\\\\`*_\\[\\]<>#|!~])", "\\\\$1");
    }
  };

  /** Slack's mrkdwn: links as {@code <url|text>}, bold with single stars, only &, < and > escaped. */
  Markup SLACK = new Markup() {
    @Override
    public String link(String text, String url) {
      return "<" + url.replace("|", "%7C").replace(">", "%3E") + "|" + text + ">";
    }

    @Override
    public String bold(String text) {
      return "*" + text + "*";
    }

    @Override
    public String code(String text) {
      return "`" + entities(oneLine(text)).replace("`", "'") + "`";
    }

    @Override
    public String text(String text) {
      // A zero-width space after each formatting character stops Slack pairing them.
      return entities(oneLine(text)).replaceAll("([*_~`])", "$1\u200b");
    }

    private String entities(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  };

  /** Returns {@code text} on one line, clipped to 300 characters. */
  static String oneLine(String text) {
    if (text == null) return "";
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= 300 ? line : line.substring(0, 299) + "…";
  }
}
