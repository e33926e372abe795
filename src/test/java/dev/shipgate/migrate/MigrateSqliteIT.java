package dev.shipgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateSqliteIT {
  @TempDir Path tmp;

  private CliResult shipgate(Project p, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-c";
    all[1] = p.config();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.withEmptyEnv().env("DATABASE_URL", "sqlite:data/app.db").run(all);
  }

  private long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("data/app.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aTableRebuildWithItsOwnPragmaAndTransactionRunsOutsideShipgatesTransaction()
      throws Exception {
    Project p =
        Project.create(tmp, "")
            .migration(
                "01_users.sql",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, junk TEXT);\nINSERT INTO users VALUES (1, 'a@example.org', 'x');")
            .migration(
                "02_rebuild_users.sql",
                "PRAGMA foreign_keys = OFF;\nBEGIN;\n"
                    + "CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                    + "INSERT INTO users_new SELECT id, email FROM users;\nDROP TABLE users;\n"
                    + "ALTER TABLE users_new RENAME TO users;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n");
    shipgate(p, "migrate")
        .exits(0)
        .outContains("applied 02_rebuild_users.sql", "outside a transaction: PRAGMA foreign_keys");
    assertThat(count("SELECT count(*) FROM pragma_table_info('users')")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM shipgate_schema_history WHERE success")).isEqualTo(2);
  }

  @Test
  void aFailingFileLeavesNothingBehindOnSqliteEither() throws Exception {
    Project p =
        Project.create(tmp, "")
            .migration("01_a.sql", "CREATE TABLE a (id INT);")
            .migration("02_b.sql", "CREATE TABLE b (id INT);\nINSERT INTO nope VALUES (1);");
    shipgate(p, "migrate")
        .exits(1)
        .oneLineError()
        .errContains("db/02_b.sql:2:", "no such table: nope", "rolled back");
    assertThat(count("SELECT count(*) FROM sqlite_master WHERE name = 'b'")).isZero();
    assertThat(count("SELECT count(*) FROM shipgate_schema_history")).isEqualTo(1);
    shipgate(p, "status", "--format", "json")
        .exits(1)
        .outContains("\"migrated\": false", "\"current\": \"01\"", "\"02\"");
  }
}
