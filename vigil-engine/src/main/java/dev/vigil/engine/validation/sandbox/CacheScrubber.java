package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Removes from the cache folder every file that setup wrote holding a secret's value (a
 * {@code settings.xml} with a password, an {@code .npmrc} with a token), because later phases
 * read the cache. Only files changed since setup started and at most {@link #MAX_BYTES} are read:
 * package archives are large and written by the package manager, not by hand.
 */
final class CacheScrubber {
  static final long MAX_BYTES = 4L << 20;

  private CacheScrubber() {}

  /** Deletes the cache's files that hold a secret value and returns one line per removed file. */
  static List<String> scrub(Path cache, Map<String, String> secrets, Instant since) {
    List<String> removed = new ArrayList<>();
    if (cache == null || secrets.isEmpty() || !Files.isDirectory(cache)) return removed;
    FileTime from = FileTime.from(since.minusSeconds(2));
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(file) || Files.isSymbolicLink(file)) continue;
        if (Files.getLastModifiedTime(file).compareTo(from) < 0 || Files.size(file) > MAX_BYTES) continue;
        String name = holder(Files.readAllBytes(file), secrets);
        if (name != null) {
          Files.delete(file);
          removed.add("removed " + cache.relativize(file) + " from the cache: it held the value of secret " + name);
        }
      }
    } catch (IOException e) {
      removed.add("could not check the whole cache for secrets: " + e.getMessage());
    }
    return removed;
  }

  private static String holder(byte[] content, Map<String, String> secrets) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      String value = secret.getValue();
      if (value == null || value.length() < SecretMasker.MIN_LENGTH) continue;
      if (text.contains(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
        return secret.getKey();
      }
    }
    return null;
  }
}
