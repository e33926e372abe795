package dev.shipgate.incidents;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.testing.EmbeddedPg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A store under test (a SQLite file or a fresh embedded PostgreSQL database) and its config. */
record StoreTarget(String kind, String storeUrl, String jdbc, Path sqliteFile, Path config) {
  static StoreTarget create(String kind, Path dir, String extraYaml) {
    try {
      Files.createDirectories(dir);
      String url;
      String jdbc;
      Path file = null;
      if (kind.equals("sqlite")) {
        file = dir.resolve(".shipgate/shipgate.db");
        url = "sqlite:.shipgate/shipgate.db";
        jdbc = "jdbc:sqlite:" + file;
      } else {
        EmbeddedPg.Db db = EmbeddedPg.newDatabase();
        url = db.url();
        jdbc = db.jdbcUrl();
      }
      Path cfg = dir.resolve("shipgate.yaml");
      Files.writeString(cfg, "version: 1\nproject: shop\nstore: \"" + url + "\"\n" + extraYaml);
      return new StoreTarget(kind, url, jdbc, file, cfg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ShipgateConfig load(Map<String, String> env) {
    return new ConfigLoader(env::get).loadFile(config);
  }

  Connection connect() throws SQLException {
    return kind.equals("sqlite")
        ? DriverManager.getConnection(jdbc)
        : DriverManager.getConnection(jdbc, "postgres", "");
  }

  long count(String sql) {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  List<String> column(String sql) {
    List<String> out = new ArrayList<>();
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Every text the store holds, for canary checks (PostgreSQL has no single file to read). */
  String allText() {
    StringBuilder sb = new StringBuilder();
    for (String t :
        List.of(
            "SELECT incident_key || summary || details || coalesce(resolution_notes, '') FROM"
                + " incident",
            "SELECT message || metadata FROM incident_event",
            "SELECT coalesce(last_error, '') || delivery_id FROM notify_delivery")) {
      column(t).forEach(s -> sb.append(s).append('\n'));
    }
    return sb.toString();
  }

  /** The SQLite file and its WAL, as bytes on disk. */
  String fileBytes() {
    StringBuilder sb = new StringBuilder();
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path p = Path.of(sqliteFile + suffix);
      try {
        if (Files.exists(p)) {
          sb.append(
              new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sb.toString();
  }
}
