package sample.settings;

import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Formats that read the caller's YAML into plain maps and lists only. */
public class SafeFormats {
  public Object read(Reader in) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    // ok: java.unsafe-deserialization
    return yaml.load(in);
  }

  public Object read(InputStream in) {
    // ok: java.unsafe-deserialization
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
  }
}
