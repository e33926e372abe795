package dev.shipgate.store;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.db.DbSession;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import dev.shipgate.migrations.scan.Layouts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates and upgrades the store's tables with shipgate's builtin migration runner, from the SQL
 * files under {@code dev/shipgate/store/<database>/} on the classpath, recorded in their own
 * history table {@value #HISTORY_TABLE} (so a store that shares a database with the application
 * never mixes with the application's {@code shipgate_schema_history}). The runner itself is given
 * ({@link Runner}): the store is below the features, the runner is one. A new schema version is a
 * new file added to {@link #FILES}; applied files are never edited (the runner refuses a changed
 * checksum).
 */
public final class StoreSchema {
  public static final String HISTORY_TABLE = "shipgate_store_history";

  /**
   * The schema's files, in version order; the same names for every database. Each file after V1
   * stands alone (it creates only its own tables), so features developed side by side may add their
   * versions in any order: a store that has V1 and V3 accepts a V2 that arrives later (the runner
   * applies it out of order).
   */
  static final List<String> FILES =
      List.of("V1__incidents.sql", "V2__deploy.sql", "V3__monitor.sql");

  private StoreSchema() {}

  /**
   * Applies the store's migration set with shipgate's builtin runner (which lives above this
   * package: {@code workflow.incidents.StoreMigration}).
   */
  @FunctionalInterface
  public interface Runner {
    /**
     * @throws dev.shipgate.core.ShipgateException when a file cannot be applied
     */
    void apply(DbSession session, MigrationSet set, String historyTable);
  }

  /** Brings the store's schema to the latest version; cheap when it already is. */
  static void ensure(DbSession session, Runner runner) {
    if (upToDate(session)) {
      return;
    }
    Path dir = resourceDir(session.database().id());
    List<MigrationFile> files = new ArrayList<>();
    for (String name : FILES) {
      String version = name.substring(1, name.indexOf("__"));
      String description = name.substring(name.indexOf("__") + 2, name.length() - ".sql".length());
      files.add(
          new MigrationFile(
              dir.resolve(name),
              name,
              version,
              MigrationKind.VERSIONED,
              Version.parse(version),
              description,
              false));
    }
    MigrationSet set =
        new MigrationSet(
            dir,
            Layouts.of(MigrationLayout.FLYWAY),
            files,
            List.of(),
            List.of(),
            List.of(),
            files.size());
    runner.apply(session, set, HISTORY_TABLE);
  }

  private static boolean upToDate(DbSession session) {
    try (Statement st = session.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM " + HISTORY_TABLE + " WHERE success = TRUE")) {
      return rs.next() && rs.getInt(1) >= FILES.size();
    } catch (SQLException e) {
      return false; // no history table yet: the runner creates it
    }
  }

  /**
   * The resource directory as a {@link Path}: a directory in a build, a zip file system in a jar.
   */
  private static Path resourceDir(String database) {
    String first = "/dev/shipgate/store/" + database + "/" + FILES.get(0);
    URL url = StoreSchema.class.getResource(first);
    if (url == null) {
      throw new IllegalStateException("missing resource " + first);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        openZip(uri);
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void openZip(URI uri) {
    try {
      FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException raced) {
        // opened meanwhile
      } catch (IOException io) {
        throw new IllegalStateException("cannot read the store schema from the jar", io);
      }
    }
  }
}
