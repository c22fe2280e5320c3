package com.acme.shop.api;

import com.acme.shop.service.PaymentService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentWebhookController {
  private final PaymentService payments;

  public PaymentWebhookController(PaymentService payments) {
    this.payments = payments;
  }

  @PostMapping("/webhooks/stripe")
  public void receive(@RequestHeader("Stripe-Signature") String signature, @RequestBody String body) {
    payments.handleEvent(signature, body);
  }
}
