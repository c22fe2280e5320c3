package com.acme.shop;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.DigestUtils;

public class EtagFilter {
  public void writeEtag(byte[] body, HttpServletResponse response) {
    // ok: java.weak-hash
    String etag = "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
    response.setHeader("ETag", etag);
  }
}
