package com.acme.billing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class NightlyReconciliation {
  @Scheduled(cron = "0 0 2 * * *")
  public void reconcile() {
  }
}
