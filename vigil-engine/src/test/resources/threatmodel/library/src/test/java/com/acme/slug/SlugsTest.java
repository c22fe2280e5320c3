package com.acme.slug;

class SlugsTest {
  void slugs() {
    Slugs.of("Hello World");
  }
}
