package com.acme.billing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class BillingWorker {
  public static void main(String[] args) {
    SpringApplication.run(BillingWorker.class, args);
  }
}
