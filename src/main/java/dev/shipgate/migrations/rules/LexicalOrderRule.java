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
 * error for layouts whose runners are often such loops (numbered). For Prisma, which applies
 * folders in name order, a folder whose timestamp (right-padded to 14 digits) is older than one
 * applied before it is a warning. Layouts whose tools sort by version are not checked.
 */
final class LexicalOrderRule implements MigrationRule {
  @Override
  public Rule id() {
    return Rule.LEXICAL_ORDER_MISMATCH;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    return switch (set.definition().nameOrder()) {
      case GLOB -> numbered(set);
      case TIMESTAMPED_NAMES -> prisma(set);
      case IRRELEVANT -> List.of();
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

  /**
   * Prisma applies folders in name order. Their timestamps mean time when right-padded to 14 digits
   * ({@code 20250625} = {@code 20250625000000}); a folder whose padded time is older than a folder
   * Prisma applies before it is reported. Folders that share a timestamp are ordered by their full
   * names, as Prisma does, and are fine.
   */
  private static List<Finding> prisma(MigrationSet set) {
    List<Finding> out = new ArrayList<>();
    MigrationFile latest = null;
    String latestTime = null;
    for (MigrationFile f : set.migrations()) {
      if (f.version() == null) {
        continue;
      }
      String time = paddedTime(f);
      if (latest != null && older(time, latestTime)) {
        out.add(
            Finding.of(
                    Rule.LEXICAL_ORDER_MISMATCH,
                    f.path().getParent(),
                    null,
                    "Prisma applies folders in name order, so this one runs after "
                        + latest.name()
                        + " although its timestamp (read as "
                        + time
                        + ") is older than that folder's ("
                        + latestTime
                        + ")",
                    "rename the folder with a 14-digit timestamp (yyyyMMddHHmmss) so name order"
                        + " matches time order, if no database has applied it yet")
                .withSeverity(Severity.WARNING));
      } else {
        latest = f;
        latestTime = time;
      }
    }
    return out;
  }

  private static boolean older(String a, String b) {
    return a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) < 0;
  }

  private static String paddedTime(MigrationFile f) {
    String digits = f.name().substring(0, Version.leadingDigits(f.name()));
    return digits.length() >= 14 ? digits : digits + "0".repeat(14 - digits.length());
  }
}
