package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one folder's own entries say about its layout, read from names and, where names are not
 * enough, from the first bytes of a sample of files: goose and dbmate files look numbered until
 * their section markers are read, Django and Alembic modules are both {@code .py}.
 */
final class FolderEvidence {
  private static final int SAMPLE = 24;
  private static final Pattern NUMERIC_SQL = Pattern.compile("\\d+.*\\.sql");
  private static final Pattern DIESEL_FOLDER = Pattern.compile("[0-9][0-9-]*_.*");
  private static final Pattern DJANGO_CLASS =
      Pattern.compile("(?m)^class\\s+Migration\\s*\\([^)]*Migration\\s*\\)");
  private static final Pattern ALEMBIC_REVISION =
      Pattern.compile("(?m)^(revision|down_revision)\\s*(:[^=\\n]*)?=");
  private static final Pattern GOOSE_MARK =
      Pattern.compile("(?im)^\\s*--\\s*\\+goose\\s+(up|down)\\b");
  private static final Pattern DBMATE_MARK = Pattern.compile("(?m)^\\s*--\\s*migrate:(up|down)\\b");
  private static final Pattern GOOSE_GO = Pattern.compile("goose\\.Add\\w*Migration");

  int numbered;
  int updown;
  int flyway;
  int numericSql;
  int goose;
  int dbmate;
  int gooseGo;
  int rails;
  int django;
  int alembic;
  int prisma;
  int diesel;
  int numericFolders;
  boolean prismaLock;
  boolean alembicProject;

  private FolderEvidence() {}

  static FolderEvidence of(Path dir) {
    FolderEvidence f = new FolderEvidence();
    f.alembicProject =
        Files.isRegularFile(dir.resolve("env.py")) && Files.isDirectory(dir.resolve("versions"));
    List<Path> sqlSample = new ArrayList<>();
    List<Path> pySample = new ArrayList<>();
    List<Path> goSample = new ArrayList<>();
    List<DirectoryListing.Entry> entries = DirectoryListing.list(dir).entries();
    int sqlSeen = 0;
    for (DirectoryListing.Entry e : entries) {
      String name = e.name();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".sql")) {
        if (UpDownScanner.NAME.matcher(name).matches()) {
          f.updown++;
        } else if (FlywayScanner.VERSIONED.matcher(name).matches()
            || FlywayScanner.REPEATABLE.matcher(name).matches()) {
          f.flyway++;
        } else if (NumberedScanner.NAME.matcher(name).matches()) {
          f.numbered++;
        }
        if (NUMERIC_SQL.matcher(name).matches()) {
          f.numericSql++;
          // spread the sample over the folder: every n-th file once the first ones are read
          if (sqlSample.size() < SAMPLE && (sqlSeen++ < SAMPLE / 2 || sqlSeen % 50 == 0)) {
            sqlSample.add(e.path());
          }
        }
      } else if (lower.endsWith(".py")) {
        if (DjangoLayout.isModule(name) && pySample.size() < SAMPLE) {
          pySample.add(e.path());
        }
      } else if (lower.endsWith(".rb")) {
        if (RailsLayout.GLOB.matcher(name).matches()) {
          f.rails++;
        }
      } else if (lower.endsWith(".go")) {
        if (GooseLayout.NAME.matcher(name).matches() && goSample.size() < SAMPLE / 4) {
          goSample.add(e.path());
        }
      } else if (name.equals(PrismaScanner.LOCK_FILE)) {
        f.prismaLock = true;
      } else if (lower.indexOf('.') < 0 && DIESEL_FOLDER.matcher(name).matches() && e.directory()) {
        f.numericFolders++;
        if (Files.isRegularFile(e.path().resolve("migration.sql"))) {
          f.prisma++;
        } else if (Files.isRegularFile(e.path().resolve("up.sql"))) {
          f.diesel++;
        }
      }
    }
    for (Path p : sqlSample) {
      String head = Sniff.head(p);
      if (GOOSE_MARK.matcher(head).find()) {
        f.goose++;
      } else if (DBMATE_MARK.matcher(head).find()) {
        f.dbmate++;
      }
    }
    for (Path p : pySample) {
      String head = Sniff.head(p);
      if (DJANGO_CLASS.matcher(head).find()) {
        f.django++;
      } else if (ALEMBIC_REVISION.matcher(head).find()) {
        f.alembic++;
      }
    }
    for (Path p : goSample) {
      if (GOOSE_GO.matcher(Sniff.head(p)).find()) {
        f.gooseGo++;
      }
    }
    return f;
  }

  /** The layout this folder's own entries are, if they are one. */
  Optional<MigrationLayout> layout() {
    if (alembicProject) {
      return Optional.of(MigrationLayout.ALEMBIC);
    }
    int sql = numbered + updown + flyway;
    if ((prismaLock && diesel == 0) || (prisma > 0 && prisma >= diesel)) {
      return Optional.of(MigrationLayout.PRISMA);
    }
    if (diesel > 0) {
      return Optional.of(MigrationLayout.DIESEL);
    }
    if (django > 0 && django >= alembic) {
      return Optional.of(MigrationLayout.DJANGO);
    }
    if (alembic > 0 && alembic >= sql) {
      return Optional.of(MigrationLayout.ALEMBIC);
    }
    if (rails > 0 && rails >= numericSql) {
      return Optional.of(MigrationLayout.RAILS);
    }
    if (goose + gooseGo > 0 && goose >= dbmate) {
      return Optional.of(MigrationLayout.GOOSE);
    }
    if (dbmate > 0) {
      return Optional.of(MigrationLayout.DBMATE);
    }
    if (updown > 0 && updown >= numbered) {
      return Optional.of(MigrationLayout.UPDOWN);
    }
    if (flyway > 0 && flyway > numbered) {
      return Optional.of(MigrationLayout.FLYWAY);
    }
    if (numbered > 0) {
      return Optional.of(MigrationLayout.NUMBERED);
    }
    return Optional.empty();
  }
}
