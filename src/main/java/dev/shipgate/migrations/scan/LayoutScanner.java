package dev.shipgate.migrations.scan;

import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;

/** Reads one layout's directory into a {@link MigrationSet}. */
interface LayoutScanner {
  MigrationSet scan(Path dir, SkipList skip, Layout layout);
}
