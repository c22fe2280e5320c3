package dev.vigil.engine.validation.harness;

import dev.vigil.engine.validation.harness.agent.SinkAgent;
import dev.vigil.engine.validation.harness.agent.SinkRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import net.bytebuddy.ByteBuddy;

/**
 * Writes the harness's Java agent as two jars into a folder: the agent (its classes and ByteBuddy's,
 * whichever jar or folder they were loaded from) and the recorder, which the agent's manifest puts
 * on the boot class path so hooked JDK classes can call it.
 */
final class SinkAgentJars {
  /** The agent jar's file name. */
  static final String AGENT = "vigil-sink-agent.jar";
  /** The recorder jar's file name. */
  static final String RECORDER = "vigil-sink-recorder.jar";
  private static final String AGENT_PACKAGE = SinkAgent.class.getPackageName().replace('.', '/') + "/";
  private static final String RECORDER_CLASS = SinkRecorder.class.getName().replace('.', '/') + ".class";

  private SinkAgentJars() {}

  /** Writes both jars into {@code folder} (replacing older ones) and returns the agent jar. */
  static Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      Manifest agent = manifest();
      agent.getMainAttributes().put(new Attributes.Name("Premain-Class"), SinkAgent.class.getName());
      agent.getMainAttributes().put(new Attributes.Name("Can-Retransform-Classes"), "true");
      agent.getMainAttributes().put(new Attributes.Name("Can-Redefine-Classes"), "true");
      agent.getMainAttributes().put(new Attributes.Name("Boot-Class-Path"), RECORDER);
      writeJar(folder.resolve(RECORDER), manifest(), jar -> copy(SinkRecorder.class, RECORDER_CLASS, jar));
      return writeJar(folder.resolve(AGENT), agent, jar -> {
        copy(SinkAgent.class, AGENT_PACKAGE, jar);
        copy(ByteBuddy.class, "net/bytebuddy/", jar);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the harness agent into " + folder + ": " + e.getMessage(), e);
    }
  }

  private interface Entries {
    void addTo(JarOutputStream jar) throws IOException;
  }

  private static Manifest manifest() {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    return manifest;
  }

  private static Path writeJar(Path target, Manifest manifest, Entries entries) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), "agent-", ".jar");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(temporary), manifest)) {
      entries.addTo(jar);
    }
    return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Copies the entries under {@code prefix} (a folder ending in '/', or one file) of the jar or
   * folder {@code type} was loaded from; the recorder stays out of the agent jar.
   */
  private static void copy(Class<?> type, String prefix, JarOutputStream jar) throws IOException {
    Path source = codeSource(type);
    if (Files.isDirectory(source)) {
      Path root = source.resolve(prefix);
      try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name = source.relativize(file).toString().replace('\\', '/');
          if (skip(prefix, name)) continue;
          try (InputStream in = Files.newInputStream(file)) {
            put(jar, name, in);
          }
        }
      }
      return;
    }
    try (JarFile from = new JarFile(source.toFile())) {
      for (JarEntry entry : from.stream().toList()) {
        if (entry.isDirectory() || !entry.getName().startsWith(prefix) || skip(prefix, entry.getName())) continue;
        try (InputStream in = from.getInputStream(entry)) {
          put(jar, entry.getName(), in);
        }
      }
    }
  }

  private static boolean skip(String prefix, String name) {
    return prefix.equals(AGENT_PACKAGE) && name.equals(RECORDER_CLASS);
  }

  private static void put(JarOutputStream jar, String name, InputStream in) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    in.transferTo(jar);
    jar.closeEntry();
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
    }
  }
}
