package com.acme.shop.api;

import com.acme.shop.service.StorageService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/files")
public class FileController {
  private final StorageService storage;

  public FileController(StorageService storage) {
    this.storage = storage;
  }

  @PostMapping("/upload")
  public String upload(@RequestParam("file") MultipartFile file) throws java.io.IOException {
    return storage.store(file.getOriginalFilename(), file.getBytes());
  }
}
