package com.acme.shop.service;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.springframework.stereotype.Service;

@Service
public class PaymentService {
  private String stripeApiKey;

  public void handleEvent(String signature, String body) {
    Object event = decode(body);
    record(event);
  }

  Object decode(String body) {
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(body)))) {
      return in.readObject();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void record(Object event) {
  }
}
