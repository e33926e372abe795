package dev.shipgate.status;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Catalog;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Computes {@link HistoryStatus}. Which history it reads: the one {@code --layout} names when
 * given; otherwise the one the layout's own tool writes ({@link HistorySource#natural}) when the
 * database has it, else the only history table present, else the natural one (nothing applied).
 * Read-only.
 */
public final class StatusService {
  /**
   * One status request.
   *
   * @param layout the layout to scan with; {@code forced} says whether the user named it
   * @param apply how the project applies migrations (a Flyway directory under {@code apply:
   *     command} is read from Flyway's table)
   */
  public record Request(
      DatabaseUrl url, Path dir, MigrationLayout layout, boolean forced, ApplyMode apply) {}

  /**
   * An open session and the scanned, loaded directory, ready to be read; closing it closes the
   * session.
   */
  public record Prepared(
      Request request,
      DbSession session,
      MigrationSet set,
      Map<MigrationFile, MigrationScript> scripts)
      implements AutoCloseable {
    @Override
    public void close() {
      session.close();
    }
  }

  private final ConnectConfig connect;
  private final Duration lockTimeout;
  private final SkipList skip;
  private final Events events;

  /**
   * @param lockTimeout how long a read may wait for a writer's lock (SQLite's busy timeout)
   * @param skip {@code migrations.skip}
   */
  public StatusService(
      ConnectConfig connect, Duration lockTimeout, List<String> skip, Events events) {
    this.connect = connect;
    this.lockTimeout = lockTimeout;
    this.skip = SkipList.of(skip);
    this.events = events;
  }

  /** Connects, then {@link #read}. */
  public HistoryStatus run(Request req) {
    try (Prepared p = prepare(req)) {
      return read(p);
    }
  }

  /**
   * Connects (retrying per {@code database.connect}, never creating a database) while the directory
   * is scanned and its files read and hashed: with 1,000 files those two take about as long as each
   * other, and together most of a status run.
   */
  public Prepared prepare(Request req) {
    requireDirectory(req.dir());
    OpenOptions open = new OpenOptions(connect.timeout(), lockTimeout, false, "shipgate status");
    CompletableFuture<DbSession> connecting =
        CompletableFuture.supplyAsync(
            () -> Connector.connect(req.url(), connect, open, events),
            r -> Thread.ofPlatform().daemon().name("shipgate-connect").start(r));
    MigrationSet set;
    Map<MigrationFile, MigrationScript> scripts;
    try {
      set = scan(req.dir(), req.layout());
      // a layout whose tool's history shipgate cannot read fails before anything waits on it
      if (req.forced()) {
        HistorySource.forced(set);
      } else {
        HistorySource.natural(set, req.apply());
      }
      scripts = MigrationScript.loadAll(HistoryComparison.forward(set));
    } catch (RuntimeException e) {
      connecting.thenAccept(DbSession::close);
      throw e;
    }
    return new Prepared(req, join(connecting), set, scripts);
  }

  /** The directory as status sees it. */
  public MigrationSet scan(Path dir, MigrationLayout layout) {
    requireDirectory(dir);
    return MigrationScanner.scan(dir, layout, skip);
  }

  public HistoryStatus read(Prepared p) {
    HistorySource forced = p.request().forced() ? HistorySource.forced(p.set()) : null;
    return read(p.session(), p.set(), p.scripts(), forced, p.request().apply());
  }

  /** Status over an open session; {@code forced} null means choose by the rule above. */
  public static HistoryStatus read(
      DbSession session,
      MigrationSet set,
      Map<MigrationFile, MigrationScript> scripts,
      HistorySource forced,
      ApplyMode apply) {
    try {
      Catalog catalog = session.catalog();
      HistorySource natural = forced != null ? forced : HistorySource.natural(set, apply);
      List<HistorySource> present = present(catalog);
      HistorySource source = forced != null ? forced : choose(present, natural);
      boolean has = present.contains(source);
      SourceState state = judge(session.connection(), source, has, set, scripts);
      List<StatusNote> notes = new ArrayList<>(state.notes());
      if (!has) {
        notes.add(0, StatusNote.of(StatusNote.Kind.NO_HISTORY_TABLE, source.table()));
      }
      boolean migrated =
          state.pending().isEmpty()
              && state.failed().isEmpty()
              && state.changed().isEmpty()
              && atHead(state);
      return new HistoryStatus(
          migrated,
          source.id(),
          state.current(),
          state.head(),
          state.pending(),
          state.failed(),
          state.changed(),
          notes);
    } catch (SQLException e) {
      throw new ShipgateException(
          ErrorCode.DB_QUERY_FAILED,
          "cannot read migration status from "
              + session.url().redacted()
              + ": "
              + Connector.reason(e, session.url()),
          e);
    }
  }

  /** The same, loading the directory's files first. */
  public static HistoryStatus read(
      DbSession session, MigrationSet set, HistorySource forced, ApplyMode apply) {
    return read(
        session, set, MigrationScript.loadAll(HistoryComparison.forward(set)), forced, apply);
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

  /**
   * At head when the directory has nothing, or the database has reached the head (a database ahead
   * of the directory, migrated by a newer release, is at head too: nothing is pending).
   */
  private static boolean atHead(SourceState s) {
    return s.head() == null || s.current() != null;
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

  /** Reads the source's rows (none when its table is absent) and judges them. */
  private static SourceState judge(
      Connection c,
      HistorySource source,
      boolean present,
      MigrationSet set,
      Map<MigrationFile, MigrationScript> scripts)
      throws SQLException {
    return switch (source) {
      case SHIPGATE ->
          ShipgateHistoryReader.judge(present ? HistoryTable.read(c) : List.of(), set, scripts);
      case FLYWAY ->
          FlywayHistoryReader.judge(
              present ? FlywayHistoryReader.rows(c) : List.of(), set, scripts);
      case PRISMA ->
          PrismaHistoryReader.judge(
              present ? PrismaHistoryReader.rows(c) : List.of(), set, scripts);
      case ALEMBIC ->
          AlembicHistoryReader.judge(
              present ? AlembicHistoryReader.currentRevisions(c) : List.of(), set);
    };
  }
}
