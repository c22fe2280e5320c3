package dev.vigil.engine.analysis.deps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * OSV advisories indexed by ecosystem and package name, read from a folder of OSV JSON files or a
 * zip of them (the format of the public OSV exports, e.g. {@code Maven/all.zip}); a folder may
 * also hold such zips, e.g. one per ecosystem. Immutable and thread-safe once loaded.
 *
 * <p>A record that cannot be read is skipped and listed in {@link #problems()}, so one bad file
 * does not cost a whole export; withdrawn records and records about other ecosystems are left out;
 * when two records share an id the one modified last wins.
 */
public final class AdvisoryDatabase {
  /** The largest advisory file read; larger ones are listed as problems. */
  static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

  private final Map<Ecosystem, Map<String, List<AdvisoryMatch>>> index = new HashMap<>();
  private final List<Advisory> advisories;
  private final List<String> problems;
  private final String fingerprint;

  private AdvisoryDatabase(Collection<Advisory> advisories, List<String> problems) {
    for (Advisory advisory : advisories) {
      for (AffectedPackage pkg : advisory.affected()) {
        index.computeIfAbsent(pkg.ecosystem(), e -> new HashMap<>())
            .computeIfAbsent(pkg.name(), n -> new ArrayList<>())
            .add(new AdvisoryMatch(advisory, pkg));
      }
    }
    this.advisories = List.copyOf(advisories);
    this.problems = List.copyOf(problems);
    this.fingerprint = fingerprintOf(advisories);
  }

  /** Returns a database of the given advisories. */
  public static AdvisoryDatabase of(Collection<Advisory> advisories) {
    return new AdvisoryDatabase(advisories, List.of());
  }

  /**
   * Loads every {@code *.json} OSV record in {@code dirOrZip}, a folder (searched recursively,
   * zips in it included) or a zip archive; throws {@link AdvisoryLoadException} naming the path if it is neither, cannot be
   * read, or holds no readable record.
   */
  public static AdvisoryDatabase load(Path dirOrZip) {
    Loader loader = new Loader();
    if (Files.isDirectory(dirOrZip)) {
      loader.readFolder(dirOrZip);
    } else if (Files.isRegularFile(dirOrZip)) {
      loader.readZip(dirOrZip);
    } else {
      throw new AdvisoryLoadException("advisory database " + dirOrZip
          + ": no such file or folder; expected a folder of OSV JSON files or a zip of them", null);
    }
    if (loader.records == 0) {
      throw new AdvisoryLoadException("advisory database " + dirOrZip + " holds no readable OSV record"
          + (loader.problems.isEmpty() ? " (no .json files)" : "; first problem: " + loader.problems.get(0)),
          null);
    }
    if (loader.advisories.isEmpty()) {
      throw new AdvisoryLoadException("advisory database " + dirOrZip + " holds " + loader.records
          + " OSV records but none for Maven, npm, PyPI or Go", null);
    }
    return new AdvisoryDatabase(loader.advisories.values(), loader.problems);
  }

  /** Returns the advisories that affect {@code version} of package {@code name}. */
  public List<AdvisoryMatch> matches(Ecosystem ecosystem, String name, String version) {
    return about(ecosystem, name).stream().filter(match -> match.affected().affects(version)).toList();
  }

  /** Returns every advisory about package {@code name}, whatever the version. */
  List<AdvisoryMatch> about(Ecosystem ecosystem, String name) {
    return index.getOrDefault(ecosystem, Map.of()).getOrDefault(ecosystem.normalise(name), List.of());
  }

  /** Returns the advisory with {@code id}, if kept. */
  public java.util.Optional<Advisory> advisory(String id) {
    return advisories.stream().filter(advisory -> advisory.id().equals(id)).findFirst();
  }

  /** Returns the advisories kept, for storing them (the server's advisory store). */
  public List<Advisory> advisories() {
    return advisories;
  }

  /** Returns the number of advisories kept: those affecting a package of a known ecosystem. */
  public int size() {
    return advisories.size();
  }

  /**
   * Returns a short digest of the advisories' ids and modification times, which changes whenever
   * the database does; analyzers put it in their cache version.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** Returns the records that were skipped, each as {@code "<file>: <reason>"}. */
  public List<String> problems() {
    return problems;
  }

  private static String fingerprintOf(Collection<Advisory> advisories) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      advisories.stream().map(a -> a.id() + "@" + a.modified()).sorted()
          .forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
      return advisories.size() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Collects records from files, keeping the newest copy of each id. */
  private static final class Loader {
    private final OsvRecordReader reader = new OsvRecordReader();
    private final Map<String, Advisory> advisories = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int records;

    void readFolder(Path folder) {
      try (Stream<Path> files = Files.walk(folder, 16)) {
        for (Path file : files.filter(f -> (f.toString().endsWith(".json") || f.toString().endsWith(".zip"))
            && Files.isRegularFile(f)).sorted().toList()) {
          if (file.toString().endsWith(".zip")) {
            readZip(file);
            continue;
          }
          if (Files.size(file) > MAX_RECORD_BYTES) {
            problems.add(file + ": larger than " + MAX_RECORD_BYTES + " bytes");
            continue;
          }
          add(file.toString(), Files.readAllBytes(file));
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new AdvisoryLoadException("advisory database " + folder + " cannot be read: " + e.getMessage(), e);
      }
    }

    void readZip(Path zip) {
      try (ZipFile archive = new ZipFile(zip.toFile())) {
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          if (entry.isDirectory() || !entry.getName().endsWith(".json")) continue;
          try (InputStream in = archive.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_RECORD_BYTES + 1);
            if (bytes.length > MAX_RECORD_BYTES) {
              problems.add(zip + "!" + entry.getName() + ": larger than " + MAX_RECORD_BYTES + " bytes");
              continue;
            }
            add(zip + "!" + entry.getName(), bytes);
          }
        }
      } catch (ZipException e) {
        throw new AdvisoryLoadException("advisory database " + zip
            + " is not a zip archive (" + e.getMessage() + "); expected a folder of OSV JSON files or a zip of them", e);
      } catch (IOException e) {
        throw new AdvisoryLoadException("advisory database " + zip + " cannot be read: " + e.getMessage(), e);
      }
    }

    private void add(String source, byte[] content) {
      try {
        var advisory = reader.read(content);
        records++;
        if (advisory.isEmpty() || advisory.get().affected().isEmpty()) return;
        advisories.merge(advisory.get().id(), advisory.get(),
            (old, fresh) -> fresh.modified().compareTo(old.modified()) >= 0 ? fresh : old);
      } catch (IllegalArgumentException e) {
        problems.add(source + ": " + e.getMessage());
      }
    }
  }
}
