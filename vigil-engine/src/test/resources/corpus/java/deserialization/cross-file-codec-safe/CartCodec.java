package corpus.deser.codec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

public class CartCodec {
  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter("corpus.deser.codec.*;java.util.*;java.lang.*;!*");

  public Object decode(byte[] bytes) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(FILTER);
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }
}
