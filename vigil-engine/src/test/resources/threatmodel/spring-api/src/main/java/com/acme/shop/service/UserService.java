package com.acme.shop.service;

import com.acme.shop.data.User;
import com.acme.shop.data.UserRepository;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class UserService {
  private final UserRepository repository;
  private final JdbcTemplate jdbc;

  public UserService(UserRepository repository, JdbcTemplate jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  public User find(long id) {
    return repository.findById(id).orElseThrow();
  }

  public List<User> search(String name) {
    return jdbc.query("SELECT * FROM users WHERE name = '" + name + "'", new UserRowMapper());
  }

  public User save(User user) {
    return repository.save(user);
  }

  public void delete(long id) {
    repository.deleteById(id);
  }
}
