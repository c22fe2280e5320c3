package com.acme.shop.service;

import com.acme.shop.data.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

class UserRowMapper implements RowMapper<User> {
  @Override
  public User mapRow(ResultSet rs, int row) throws SQLException {
    return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"));
  }
}
