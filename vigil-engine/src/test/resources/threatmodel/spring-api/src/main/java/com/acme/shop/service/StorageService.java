package com.acme.shop.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

@Service
public class StorageService {
  private final Path root = Path.of("/var/shop/uploads");

  public String store(String name, byte[] bytes) throws IOException {
    Path target = root.resolve(name);
    Files.write(target, bytes);
    return target.toString();
  }
}
