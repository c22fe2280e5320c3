package com.acme.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
  private final ObjectMapper json = new ObjectMapper();

  public void bill(String payload) {
    try {
      Order order = json.readValue(payload, Order.class);
      charge(order);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void charge(Order order) {
  }

  record Order(String id, String iban, long cents) {}
}
