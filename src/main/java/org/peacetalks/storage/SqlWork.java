package org.peacetalks.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run in one transaction on the state database's connection. */
@FunctionalInterface
public interface SqlWork<T> {
  T apply(Connection connection) throws SQLException;
}
