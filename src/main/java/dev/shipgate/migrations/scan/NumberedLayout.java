package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** {@code NN_description.sql}, top level only, applied in version order by shipgate or a loop. */
final class NumberedLayout extends BaseLayout {
  NumberedLayout() {
    super(
        MigrationLayout.NUMBERED,
        "numbered",
        null,
        EnumSet.of(
            Rule.DUPLICATE_VERSION,
            Rule.ROLLBACK_FILE,
            Rule.DESTRUCTIVE_FILE,
            Rule.VERSION_GAP,
            Rule.LEXICAL_ORDER_MISMATCH));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    return new NumberedScanner().scan(dir, skip, this);
  }

  @Override
  public boolean builtinRunner() {
    return true;
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.PAIRED_FILES;
  }

  @Override
  public NameOrder nameOrder() {
    return NameOrder.GLOB;
  }

  /** A letter suffix: {@code 17b} sorts right after {@code 17}, before {@code 18}. */
  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    Version v = dup.version();
    String suffix = "z";
    for (char c = 'b'; c <= 'z'; c++) {
      if (!used.contains(Version.parse(v.major() + String.valueOf(c)))) {
        suffix = String.valueOf(c);
        break;
      }
    }
    String number = dup.name().substring(0, Version.leadingDigits(dup.name()));
    used.add(Version.parse(number + suffix));
    return "rename to "
        + number
        + suffix
        + dup.name().substring(number.length() + v.suffix().length());
  }
}
