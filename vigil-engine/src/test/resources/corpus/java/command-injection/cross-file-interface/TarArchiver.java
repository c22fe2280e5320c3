package corpus.cmdi.archive;

import java.io.IOException;

public class TarArchiver implements Archiver {
  @Override
  public void pack(String directory) throws IOException {
    Runtime.getRuntime().exec(new String[] {"sh", "-c", "tar -czf /archives/out.tgz " + directory});
  }
}
