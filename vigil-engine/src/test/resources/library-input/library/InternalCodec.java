package sample.settings;

import java.io.Reader;
import org.yaml.snakeyaml.Yaml;

/** Package-private: not part of the library's API. */
class InternalCodec {
  public Object decode(Reader in) {
    // ok: java.unsafe-deserialization
    return new Yaml().load(in);
  }
}
