package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/** Alembic: revision files in {@code versions/} (subfolders too), ordered by their graph. */
final class AlembicLayout extends BaseLayout {
  AlembicLayout() {
    super(
        MigrationLayout.ALEMBIC,
        "Alembic",
        "alembic upgrade head",
        EnumSet.of(
            Rule.DESTRUCTIVE_FILE,
            Rule.MULTIPLE_HEADS,
            Rule.BROKEN_CHAIN,
            Rule.DUPLICATE_REVISION,
            Rule.REVISION_CYCLE));
  }

  /** An Alembic project folder ({@code env.py} + {@code versions/}) is read at its versions. */
  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    Path versions = dir.resolve("versions");
    return new AlembicScanner().scan(Files.isDirectory(versions) ? versions : dir, skip, this);
  }

  @Override
  public boolean graphOrdered() {
    return true;
  }

  @Override
  public String forwardText(Path file, String text) {
    return Sections.withoutDowngrade(text);
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("alembic_version");
  }
}
