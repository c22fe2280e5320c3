package com.acme.shop;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;

public class TemplateCache {
  private final ConcurrentHashMap<String, Object> compiled = new ConcurrentHashMap<>();

  public Object compile(String templateSource) {
    // ok: java.weak-hash
    String cacheKey = DigestUtils.md5Hex(templateSource);
    return compiled.computeIfAbsent(cacheKey, k -> new Object());
  }
}
