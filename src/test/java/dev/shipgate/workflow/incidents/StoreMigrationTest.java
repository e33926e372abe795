package dev.shipgate.workflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.core.Events;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import dev.shipgate.migrations.scan.Layouts;
import dev.shipgate.store.StoreSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store versions come from features built side by side: a store that already has V1 and V3 must
 * accept a V2 that lands later (each file after V1 creates only its own tables).
 */
class StoreMigrationTest {
  @TempDir Path dir;

  @Test
  void aStoreWithV1AndV3AcceptsAV2ThatArrivesLater() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("store"));
    Files.writeString(sql.resolve("V1__incidents.sql"), "CREATE TABLE a (id INTEGER);\n");
    Files.writeString(sql.resolve("V2__deploy.sql"), "CREATE TABLE b (id INTEGER);\n");
    Files.writeString(sql.resolve("V3__monitor.sql"), "CREATE TABLE c (id INTEGER);\n");
    DatabaseUrl url = DatabaseUrl.parse("sqlite:" + dir.resolve("s.db"), dir);
    try (DbSession s =
        Connector.connect(
            url,
            new ConnectConfig(
                1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5)),
            new OpenOptions(Duration.ofSeconds(5), Duration.ofSeconds(5), true, "test"),
            Events.none())) {
      StoreMigration.INSTANCE.apply(s, set(sql, "V1__incidents.sql", "V3__monitor.sql"), "h");
      StoreMigration.INSTANCE.apply(
          s, set(sql, "V1__incidents.sql", "V2__deploy.sql", "V3__monitor.sql"), "h");
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM h WHERE success")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
      }
      try (Statement st = s.connection().createStatement()) {
        st.executeQuery("SELECT count(*) FROM b").close();
      }
    }
    assertThat(StoreSchema.HISTORY_TABLE).isEqualTo("shipgate_store_history");
  }

  private static MigrationSet set(Path dir, String... names) {
    List<MigrationFile> files = new ArrayList<>();
    for (String name : names) {
      String version = name.substring(1, name.indexOf("__"));
      files.add(
          new MigrationFile(
              dir.resolve(name),
              name,
              version,
              MigrationKind.VERSIONED,
              Version.parse(version),
              name.substring(name.indexOf("__") + 2, name.length() - 4),
              false));
    }
    return new MigrationSet(
        dir,
        Layouts.of(MigrationLayout.FLYWAY),
        files,
        List.of(),
        List.of(),
        List.of(),
        files.size());
  }
}
