package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Guesses a directory's layout from its names. Order matters: up/down pairs also look numbered
 * ({@code 1_init.up.sql}), and Prisma folders sit beside loose numbered files in some repos, so the
 * stronger signal wins.
 */
public final class LayoutDetector {
  /** The layout and the directory to scan (an Alembic project's {@code versions/} folder). */
  public record Detected(MigrationLayout layout, Path dir) {}

  private LayoutDetector() {}

  public static Detected detect(Path dir) {
    Path versions = dir.resolve("versions");
    if (Files.isDirectory(versions) && Files.isRegularFile(dir.resolve("env.py"))) {
      return new Detected(MigrationLayout.ALEMBIC, versions);
    }
    int prisma = 0;
    int py = 0;
    int numbered = 0;
    int updown = 0;
    int flyway = 0;
    boolean lock = false;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fileName = lower.endsWith(".sql") || lower.endsWith(".py");
        if (!fileName && Files.isDirectory(p)) {
          if (PrismaScanner.FOLDER.matcher(name).matches()
              && Files.isRegularFile(p.resolve("migration.sql"))) {
            prisma++;
          }
          continue;
        }
        lock |= name.equals(PrismaScanner.LOCK_FILE);
        if (lower.endsWith(".py") && !name.equals("__init__.py")) {
          py++;
        } else if (UpDownScanner.NAME.matcher(name).matches()) {
          updown++;
        } else if (FlywayScanner.VERSIONED.matcher(name).matches()
            || FlywayScanner.REPEATABLE.matcher(name).matches()) {
          flyway++;
        } else if (NumberedScanner.NAME.matcher(name).matches()) {
          numbered++;
        }
      }
    } catch (IOException e) {
      return new Detected(MigrationLayout.NUMBERED, dir);
    }
    if (Files.isDirectory(versions) && py == 0 && numbered + updown + flyway == 0) {
      return new Detected(MigrationLayout.ALEMBIC, versions);
    }
    int sql = numbered + updown + flyway;
    if ((lock || prisma > 0) && prisma >= numbered + updown) {
      return new Detected(MigrationLayout.PRISMA, dir);
    }
    if (py > sql) {
      return new Detected(MigrationLayout.ALEMBIC, dir);
    }
    if (updown > 0 && updown >= numbered) {
      return new Detected(MigrationLayout.UPDOWN, dir);
    }
    if (flyway > numbered) {
      return new Detected(MigrationLayout.FLYWAY, dir);
    }
    if (sql == 0 && Files.isDirectory(dir.resolve("db").resolve("migration"))) {
      return new Detected(MigrationLayout.FLYWAY, dir);
    }
    return new Detected(MigrationLayout.NUMBERED, dir);
  }
}
