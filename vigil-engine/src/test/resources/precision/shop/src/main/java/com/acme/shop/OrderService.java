package com.acme.shop;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Random;

public class OrderService {
  public String getOrderCode() {
    int suffix = (int) (Math.random() * 9000.0D) + 1000;
    String stamp = new SimpleDateFormat("yyyyMMddHHmmss").format(new Date());
    // ok: java.predictable-random
    return stamp + suffix;
  }

  public String newResetToken() {
    // ruleid: java.predictable-random
    String resetToken = Long.toHexString(new Random().nextLong());
    return resetToken;
  }
}
