package com.acme.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class LegacyPasswordEncoder {
  public String encode(String rawPassword, String salt) throws NoSuchAlgorithmException {
    // ruleid: java.weak-hash
    MessageDigest md = MessageDigest.getInstance("MD5");
    return HexFormat.of().formatHex(md.digest((salt + rawPassword).getBytes(StandardCharsets.UTF_8)));
  }
}
