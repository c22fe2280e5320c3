package sample.settings;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;

/** Fetches settings from a server: the document is remote input, whoever calls this. */
public class RemoteSettings {
  public Map<String, Object> fetch(URL server) throws IOException {
    URLConnection connection = server.openConnection();
    return new SettingsFormat().read(new InputStreamReader(connection.getInputStream()));
  }
}
