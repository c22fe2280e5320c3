package corpus.path.attach;

import org.apache.commons.io.FilenameUtils;

final class FileNames {
  private FileNames() {}

  static String leaf(String requested) {
    return FilenameUtils.getName(requested);
  }
}
