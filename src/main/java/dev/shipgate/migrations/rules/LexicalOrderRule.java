package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code lexical-order-mismatch}: the order a shell glob ({@code for f in *.sql}) or a name sort
 * applies files differs from their version order, e.g. {@code 10_x.sql} before {@code 2_y.sql}. An
 * error for the numbered layout, whose runners are often such loops. For Prisma, which applies
 * folders in name order, timestamps of mixed lengths that sort wrongly are a warning. Flyway and
 * up/down runners sort by version themselves, so they are not checked.
 */
final class LexicalOrderRule implements MigrationRule {
  @Override
  public List<Finding> check(MigrationSet set) {
    return switch (set.layout()) {
      case NUMBERED -> numbered(set);
      case PRISMA -> prisma(set);
      default -> List.of();
    };
  }

  private static List<Finding> numbered(MigrationSet set) {
    List<MigrationFile> files =
        set.migrations().stream()
            .filter(f -> f.kind() == MigrationKind.VERSIONED && !f.skipped())
            .sorted(Comparator.comparing(MigrationFile::name))
            .toList();
    int width = files.stream().mapToInt(f -> Version.leadingDigits(f.name())).max().orElse(0);
    List<Finding> out = new ArrayList<>();
    MigrationFile highest = null;
    for (MigrationFile f : files) {
      if (highest != null && f.version().compareTo(highest.version()) < 0) {
        int d = Version.leadingDigits(f.name());
        String hint =
            d < width
                ? "zero-pad the numbers to "
                    + width
                    + " digits: rename to "
                    + "0".repeat(width - d)
                    + f.name()
                    + " (and pad the other short numbers the same way)"
                : "rename the files so that name order matches version order";
        out.add(
            Finding.of(
                Rule.LEXICAL_ORDER_MISMATCH,
                f.path(),
                null,
                "a shell glob applies "
                    + highest.name()
                    + " before this file, although this file's version "
                    + f.version().text()
                    + " is lower",
                hint));
      } else {
        highest = f;
      }
    }
    return out;
  }

  private static List<Finding> prisma(MigrationSet set) {
    List<Finding> out = new ArrayList<>();
    MigrationFile highest = null;
    for (MigrationFile f : set.migrations()) {
      if (f.version() == null) {
        continue;
      }
      if (highest != null && f.version().compareTo(highest.version()) < 0) {
        out.add(
            Finding.of(
                    Rule.LEXICAL_ORDER_MISMATCH,
                    f.path().getParent(),
                    null,
                    "timestamps of mixed lengths: Prisma applies folders in name order, so this one runs after "
                        + highest.name()
                        + " although its timestamp "
                        + f.version().text()
                        + " is older",
                    "rename the folder with a 14-digit timestamp (yyyyMMddHHmmss) so name order matches time order")
                .withSeverity(Severity.WARNING));
      } else {
        highest = f;
      }
    }
    return out;
  }
}
