package com.acme.shop.service;

import java.io.FileOutputStream;
import java.io.IOException;

/** No longer called from anywhere. */
public class LegacyExporter {
  public void export(String path, String csv) throws IOException {
    try (FileOutputStream out = new FileOutputStream(path)) {
      out.write(csv.getBytes());
    }
  }
}
