package org.ledger.maintenance;

import java.io.FileOutputStream;
import java.io.IOException;

/** Moves old entries to an archive file; run by the operator from cron with the archive path. */
public final class ArchiveOldEntries {
  private ArchiveOldEntries() {}

  public static void main(String[] args) throws IOException {
    // ok: java.path-injection
    try (FileOutputStream out = new FileOutputStream(args[0])) {
      out.write(new byte[0]);
    }
  }
}
