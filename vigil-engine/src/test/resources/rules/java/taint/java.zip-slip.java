package samples;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

public class ZipSlipSamples {
  public void extract(InputStream archive, File dest) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(dest, entry.getName());
        // ruleid: java.zip-slip
        try (FileOutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }

  public void extractChecked(InputStream archive, File dest) throws IOException {
    String root = dest.getCanonicalPath() + File.separator;
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(dest, entry.getName());
        if (!out.getCanonicalPath().startsWith(root)) throw new IOException("outside " + root);
        // ok: java.zip-slip
        try (FileOutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }

  public void copyAll(ZipFile zip, Path target) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      Path out = target.resolve(e.getName()).normalize();
      // ruleid: java.zip-slip
      Files.createDirectories(out.getParent());
      if (!out.startsWith(target)) continue;
      // ok: java.zip-slip
      Files.copy(zip.getInputStream(e), out);
    }
  }

  public byte[] readOnly(ZipFile zip, Path folder) throws IOException {
    ZipEntry first = zip.entries().nextElement();
    // ok: java.zip-slip
    return Files.readAllBytes(folder.resolve(first.getName()));
  }

  public void flattened(ZipInputStream zis, File dir) throws IOException {
    ZipEntry entry = zis.getNextEntry();
    // ok: java.zip-slip
    new File(dir, new File(entry.getName()).getName()).createNewFile();
  }
}
