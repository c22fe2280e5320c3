package org.archiver;

import java.io.FileOutputStream;
import java.io.IOException;

/** The product: a command-line archiver other programs call with the names they are given. */
public final class Archiver {
  private Archiver() {}

  public static void main(String[] args) throws IOException {
    // ruleid: java.command-injection
    Runtime.getRuntime().exec("tar -czf archive.tgz " + args[0]);
    // ruleid: java.path-injection
    try (FileOutputStream index = new FileOutputStream(args[1])) {
      index.write(new byte[0]);
    }
  }
}
