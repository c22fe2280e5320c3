package sample.app;

import java.io.Reader;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The same format inside an application: its callers are the application's own code. */
public class SettingsFormat {
  public Map<String, Object> read(Reader in) {
    Yaml yaml = new Yaml();
    // ok: java.unsafe-deserialization
    return (Map<String, Object>) yaml.load(in);
  }
}
