package org.inventory.admin;

import java.io.FileWriter;
import java.io.IOException;

/** Rebuilds the stock index; the operator runs it on the server with the index folder and a mode. */
public class ReindexCommand {
  public static void main(String[] args) throws IOException {
    String folder = args[0];
    // ok: java.path-injection
    try (FileWriter marker = new FileWriter(folder + "/reindex.lock")) {
      marker.write("running");
    }
    // ok: java.command-injection
    Runtime.getRuntime().exec("reindex --mode " + args[1]);
  }
}
