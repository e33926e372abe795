package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scans a migration directory in the given layout, or the detected one for {@code auto}. */
public final class MigrationScanner {
  private MigrationScanner() {}

  public static MigrationSet scan(Path dir, MigrationLayout layout, SkipList skip) {
    Path scanDir = dir;
    MigrationLayout effective = layout;
    if (layout == MigrationLayout.AUTO) {
      LayoutDetector.Detected d = LayoutDetector.detect(dir);
      effective = d.layout();
      scanDir = d.dir();
    } else if (layout == MigrationLayout.ALEMBIC && Files.isDirectory(dir.resolve("versions"))) {
      scanDir = dir.resolve("versions");
    }
    LayoutScanner scanner =
        switch (effective) {
          case NUMBERED, AUTO -> new NumberedScanner();
          case FLYWAY -> new FlywayScanner();
          case UPDOWN -> new UpDownScanner();
          case PRISMA -> new PrismaScanner();
          case ALEMBIC -> new AlembicScanner();
        };
    return scanner.scan(scanDir, skip);
  }
}
