package com.acme.billing;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class InvoiceListener {
  private final InvoiceService invoices;

  public InvoiceListener(InvoiceService invoices) {
    this.invoices = invoices;
  }

  @KafkaListener(topics = {"orders.created", "orders.updated"}, groupId = "billing")
  public void onOrder(String payload) {
    invoices.bill(payload);
  }
}
