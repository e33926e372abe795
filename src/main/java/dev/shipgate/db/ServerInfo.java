package dev.shipgate.db;

/**
 * What the server says about itself once connected.
 *
 * @param product e.g. PostgreSQL, SQLite
 * @param version the version string the server reports
 * @param major its major version (16 for PostgreSQL 16.4, 3 for SQLite 3.46)
 * @param minor its minor version
 * @param database the database name (PostgreSQL) or file name (SQLite)
 */
public record ServerInfo(String product, String version, int major, int minor, String database) {
  public String describe() {
    return product + " " + version + ", database " + database;
  }
}
