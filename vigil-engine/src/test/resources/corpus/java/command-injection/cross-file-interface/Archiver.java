package corpus.cmdi.archive;

import java.io.IOException;

public interface Archiver {
  void pack(String directory) throws IOException;
}
