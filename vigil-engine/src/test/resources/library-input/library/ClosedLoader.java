package sample.settings;

import java.io.Reader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.representer.Representer;

/** Loads YAML with a constructor that refuses to load any class a tag names. */
public class ClosedLoader {
  public Object read(Reader in, LoaderOptions options) {
    Yaml yaml = forReading(options);
    // ok: java.unsafe-deserialization
    return yaml.load(in);
  }

  private static Yaml forReading(LoaderOptions options) {
    return new Yaml(noClasses(), new Representer(), new DumperOptions(), options);
  }

  private static Constructor noClasses() {
    return new Constructor() {
      @Override
      protected Class<?> getClassForName(String name) {
        throw new IllegalArgumentException("class loading is disabled: " + name);
      }
    };
  }
}
