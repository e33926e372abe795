package dev.shipgate.init;

import dev.shipgate.config.MigrationLayout;
import java.nio.file.Path;

/**
 * A migration directory found in the project: where (relative to the project root, '/'-separated),
 * its layout, how many migrations it holds, and the command that applies them ({@code null} when
 * shipgate's own runner should).
 */
public record MigrationCandidate(String dir, MigrationLayout layout, int files, String command) {
  public String describe() {
    String kind =
        switch (layout) {
          case PRISMA -> "Prisma migrations";
          case ALEMBIC -> "Alembic revisions";
          case FLYWAY -> "Flyway migrations";
          case UPDOWN -> "up/down SQL migrations";
          default -> "numbered SQL migrations";
        };
    String unit = layout == MigrationLayout.ALEMBIC ? "revision" : "migration";
    return kind + " in " + dir + " (" + files + " " + unit + (files == 1 ? ")" : "s)");
  }

  Path path(Path root) {
    return root.resolve(dir);
  }
}
