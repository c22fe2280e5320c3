package com.acme.shop;

class UserControllerTest {
  public static void main(String[] args) {
  }
}
