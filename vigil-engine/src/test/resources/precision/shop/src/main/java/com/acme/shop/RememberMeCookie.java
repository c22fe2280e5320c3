package com.acme.shop;

import org.apache.commons.codec.digest.DigestUtils;

public class RememberMeCookie {
  public String value(String username, long expiry, String storedHash, String serverKey) {
    // ruleid: java.weak-hash
    String signature = DigestUtils.md5Hex(username + ":" + expiry + ":" + storedHash + ":" + serverKey);
    return username + ":" + expiry + ":" + signature;
  }
}
