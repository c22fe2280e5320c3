package com.acme.slug;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles into URL slugs. */
public final class Slugs {
  private Slugs() {}

  public static String of(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return SlugParser.clean(ascii.toLowerCase(Locale.ROOT));
  }
}
