package dev.shipgate.status;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ExitCode;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Catalog;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import dev.shipgate.schema.ExpectationChecker;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.SchemaReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Computes {@link MigrationStatus}. Which history it reads: the one {@code --layout} names when
 * given; otherwise the one the layout's own tool writes ({@link HistorySource#natural}) when the
 * database has it, else the only history table present, else the natural one (nothing applied).
 */
public final class StatusService {
  private StatusService() {}

  /**
   * One status request.
   *
   * @param layout the layout to scan with; {@code forced} says whether the user named it
   */
  public record Request(DatabaseUrl url, Path dir, MigrationLayout layout, boolean forced) {}

  /**
   * Connects (retrying per {@code database.connect}, never creating a database), then status. The
   * connection is set up while the directory is scanned and its files read and hashed: with 1,000
   * files those two take about as long as each other, and together most of the run.
   */
  public static MigrationStatus run(ShipgateConfig config, Request req, Progress progress) {
    requireDirectory(req.dir());
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            config.migrations().lockTimeout(),
            false,
            "shipgate status");
    CompletableFuture<DbSession> connecting =
        CompletableFuture.supplyAsync(
            () -> Connector.connect(req.url(), config.database().connect(), open, progress::info),
            r -> Thread.ofPlatform().daemon().name("shipgate-connect").start(r));
    MigrationSet set;
    Map<MigrationFile, MigrationScript> scripts;
    try {
      set = scan(config, req.dir(), req.layout());
      scripts = MigrationScript.loadAll(HistoryComparison.forward(set));
    } catch (RuntimeException e) {
      connecting.thenAccept(DbSession::close);
      throw e;
    }
    try (DbSession session = join(connecting)) {
      HistorySource forced = req.forced() ? forcedSource(req.layout()) : null;
      return status(
          session, set, scripts, forced, config.migrations().apply(), config.database().expect());
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static void requireDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw ShipgateException.inputMissing(
          "migration directory not found: "
              + DisplayPaths.of(dir)
              + " (check --dir, or migrations.dir in shipgate.yaml)");
    }
  }

  public static MigrationSet scan(ShipgateConfig config, Path dir, MigrationLayout layout) {
    requireDirectory(dir);
    MigrationSet set = MigrationScanner.scan(dir, layout, SkipList.of(config.migrations().skip()));
    if (!READABLE.contains(set.layout())) {
      throw ShipgateException.config(
          DisplayPaths.of(set.dir())
              + " is a "
              + set.layout().id()
              + " project: shipgate status does not read its tool's history yet; ask the tool"
              + " itself ("
              + set.definition().tool().orElse("its status command")
              + ")");
    }
    return set;
  }

  /** The layouts whose history shipgate reads (shipgate's, Flyway's, Prisma's, Alembic's). */
  private static final java.util.Set<MigrationLayout> READABLE =
      java.util.EnumSet.of(
          MigrationLayout.NUMBERED,
          MigrationLayout.UPDOWN,
          MigrationLayout.FLYWAY,
          MigrationLayout.PRISMA,
          MigrationLayout.ALEMBIC);

  /** Status over an open session; {@code forced} null means choose by the rule above. */
  public static MigrationStatus status(
      DbSession session,
      MigrationSet set,
      HistorySource forced,
      ApplyMode apply,
      ExpectConfig expect) {
    return status(
        session,
        set,
        MigrationScript.loadAll(HistoryComparison.forward(set)),
        forced,
        apply,
        expect);
  }

  private static MigrationStatus status(
      DbSession session,
      MigrationSet set,
      Map<MigrationFile, MigrationScript> scripts,
      HistorySource forced,
      ApplyMode apply,
      ExpectConfig expect) {
    try {
      Catalog catalog = session.catalog();
      HistorySource natural = HistorySource.natural(set.layout(), apply);
      List<HistorySource> present = present(catalog);
      HistorySource source = forced != null ? forced : choose(present, natural);
      boolean has = present.contains(source);
      SourceState state = read(session.connection(), source, has, set, scripts);
      SchemaReport schema = ExpectationChecker.check(session, expect);
      List<String> notes = new ArrayList<>(state.notes());
      if (!has) {
        notes.add(0, "no " + source.table() + " table: nothing has been applied");
      }
      for (ExpectationResult r : schema.missing()) {
        notes.add("check " + r.key() + ": " + r.detail());
      }
      boolean migrated =
          state.pending().isEmpty()
              && state.failed().isEmpty()
              && state.changed().isEmpty()
              && atHead(state);
      return new MigrationStatus(
          migrated,
          source.id(),
          state.current(),
          state.head(),
          List.copyOf(state.pending()),
          List.copyOf(state.failed()),
          List.copyOf(state.changed()),
          schema.checks(),
          List.copyOf(notes));
    } catch (SQLException e) {
      throw new ShipgateException(
          ExitCode.GATE_FAILED,
          "cannot read migration status from "
              + session.url().redacted()
              + ": "
              + Connector.reason(e, session.url()),
          e);
    }
  }

  /**
   * At head when the directory has nothing, or the database has reached the head (a database ahead
   * of the directory, migrated by a newer release, is at head too: nothing is pending).
   */
  private static boolean atHead(SourceState s) {
    return s.head() == null || s.current() != null;
  }

  static HistorySource forcedSource(MigrationLayout layout) {
    return switch (layout) {
      case FLYWAY -> HistorySource.FLYWAY;
      case PRISMA -> HistorySource.PRISMA;
      case ALEMBIC -> HistorySource.ALEMBIC;
      case NUMBERED, UPDOWN -> HistorySource.SHIPGATE;
      default -> null;
    };
  }

  private static List<HistorySource> present(Catalog catalog) throws SQLException {
    List<HistorySource> present = new ArrayList<>();
    for (HistorySource s : HistorySource.values()) {
      if (catalog.table(s.table()).isPresent()) {
        present.add(s);
      }
    }
    return present;
  }

  private static HistorySource choose(List<HistorySource> present, HistorySource natural) {
    if (present.contains(natural)) {
      return natural;
    }
    return present.isEmpty() ? natural : present.get(0);
  }

  private static SourceState read(
      Connection c,
      HistorySource source,
      boolean present,
      MigrationSet set,
      Map<MigrationFile, MigrationScript> scripts)
      throws SQLException {
    return switch (source) {
      case SHIPGATE -> ShipgateHistoryReader.read(c, present, set, scripts);
      case FLYWAY -> FlywayHistoryReader.read(c, present, set, scripts);
      case PRISMA -> PrismaHistoryReader.read(c, present, set, scripts);
      case ALEMBIC -> AlembicHistoryReader.read(c, present, set);
    };
  }
}
