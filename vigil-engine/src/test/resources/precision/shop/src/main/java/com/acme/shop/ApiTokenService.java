package com.acme.shop;

import org.apache.commons.codec.digest.DigestUtils;

public class ApiTokenService {
  public String issue(long userId) {
    // ruleid: java.weak-hash
    String token = DigestUtils.sha1Hex(userId + ":" + System.nanoTime());
    return token;
  }
}
