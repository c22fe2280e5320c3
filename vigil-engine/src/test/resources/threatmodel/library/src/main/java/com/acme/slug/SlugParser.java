package com.acme.slug;

final class SlugParser {
  private SlugParser() {}

  static String clean(String text) {
    return text.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
