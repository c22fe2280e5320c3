package com.acme.shop.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class User {
  @Id
  private long id;
  private String name;
  private String email;
  @Column(name = "password_hash")
  private String passwordHash;
  private String cardNumber;

  public User() {
  }

  public User(long id, String name, String email) {
    this.id = id;
    this.name = name;
    this.email = email;
  }
}
