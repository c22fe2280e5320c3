package com.acme.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A general-purpose MD5 helper: its callers decide what it hashes. */
public final class HashUtils {
  public static byte[] md5(String s) {
    try {
      // ruleid: java.weak-hash
      MessageDigest algorithm = MessageDigest.getInstance("MD5");
      return algorithm.digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      return null;
    }
  }
}
