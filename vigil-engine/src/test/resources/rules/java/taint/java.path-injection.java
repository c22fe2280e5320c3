package samples;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.io.FilenameUtils;

public class PathSamples {
  private static final String BASE = "/var/data/";

  public byte[] read(HttpServletRequest request) throws IOException {
    String name = request.getParameter("file");
    // ruleid: java.path-injection
    return Files.readAllBytes(Paths.get(BASE + name));
  }

  public FileInputStream open(HttpServletRequest request) throws IOException {
    String name = request.getParameter("file");
    // ruleid: java.path-injection
    return new FileInputStream(new File(BASE, name));
  }

  public FileInputStream separatorsRemoved(HttpServletRequest request) throws IOException {
    String name = request.getParameter("file").replaceAll("[\\\\/:*?\"<>|]", "");
    // ok: java.path-injection
    FileInputStream clean = new FileInputStream(BASE + "/" + name);
    String dotsOnly = request.getParameter("file").replaceAll("\\.\\.", "");
    // ruleid: java.path-injection
    return new FileInputStream(BASE + "/" + dotsOnly);
  }

  public FileInputStream nameOnly(HttpServletRequest request) throws IOException {
    String name = FilenameUtils.getName(request.getParameter("file"));
    // ok: java.path-injection
    return new FileInputStream(BASE + name);
  }

  public FileInputStream contained(HttpServletRequest request) throws IOException {
    File file = new File(BASE, request.getParameter("file"));
    if (!file.getCanonicalPath().startsWith(new File(BASE).getCanonicalPath())) {
      throw new IOException("outside the base folder");
    }
    // ok: java.path-injection
    return new FileInputStream(file);
  }

  public byte[] normalised(HttpServletRequest request) throws IOException {
    Path base = Paths.get(BASE);
    Path target = base.resolve(request.getParameter("file")).normalize();
    if (!target.startsWith(base)) {
      throw new IOException("outside the base folder");
    }
    // ok: java.path-injection
    return Files.readAllBytes(target);
  }

  public byte[] noDots(HttpServletRequest request) throws IOException {
    String name = request.getParameter("file");
    if (name.contains("..") || name.contains("/")) {
      throw new IOException("bad name");
    }
    // ok: java.path-injection
    return Files.readAllBytes(Paths.get(BASE + name));
  }

  public byte[] allowListedCharacters(HttpServletRequest request) throws IOException {
    String name = request.getParameter("file").replaceAll("[^A-Za-z0-9._-]", "_");
    // ok: java.path-injection
    return Files.readAllBytes(Paths.get(BASE, name));
  }
}
