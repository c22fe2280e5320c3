package sample.settings;

import java.io.InputStream;
import java.io.Reader;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** A settings file format: its public read methods take the caller's document. */
public class SettingsFormat {
  public Map<String, Object> read(Reader in) {
    Yaml yaml = new Yaml();
    // ruleid: java.unsafe-deserialization
    return (Map<String, Object>) yaml.load(in);
  }

  public Map<String, Object> read(InputStream in) {
    return parse(in);
  }

  private Map<String, Object> parse(InputStream in) {
    // ruleid: java.unsafe-deserialization
    return (Map<String, Object>) new Yaml().load(in);
  }

  protected Object readTyped(Reader in, Class<?> type) {
    // ruleid: java.unsafe-deserialization
    return new Yaml().loadAs(in, type);
  }

  public Map<String, Object> defaults() {
    // ok: java.unsafe-deserialization
    return (Map<String, Object>) new Yaml().load(SettingsFormat.class.getResourceAsStream("/defaults.yaml"));
  }
}
