package sample.settings;

import com.thoughtworks.xstream.XStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.Reader;
import java.util.logging.Logger;

/** Restores snapshots the caller hands over. */
public final class SnapshotStore {
  private static final Logger LOG = Logger.getLogger("snapshots");

  public static Object restore(InputStream in) throws IOException, ClassNotFoundException {
    ObjectInputStream objects = new ObjectInputStream(in);
    // ruleid: java.unsafe-deserialization
    return objects.readObject();
  }

  public Object fromXml(Reader xml) {
    XStream xstream = new XStream();
    // ruleid: java.unsafe-deserialization
    return xstream.fromXML(xml);
  }

  public byte[] copy(File file) throws IOException {
    // ok: java.path-injection
    try (InputStream in = new FileInputStream(file)) {
      return in.readAllBytes();
    }
  }

  public void describe(Reader in) throws IOException {
    char[] head = new char[16];
    int n = in.read(head);
    // ok: java.log-injection
    LOG.info("snapshot starts with " + new String(head, 0, n));
  }
}
