package shop.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Network checks shared by the status pages. */
public class NetworkTools {
    public String ping(String host) throws IOException {
        Process process = new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
