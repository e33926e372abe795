package dev.shipgate.migrations.rules;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code duplicate-version}: two forward migrations with one version (or two Flyway repeatables
 * with one description). The first by name keeps its version: on every database a name-ordered
 * runner already applied it first. Each later one gets a finding whose hint names a free version.
 */
final class DuplicateVersionRule implements MigrationRule {
  @Override
  public List<Finding> check(MigrationSet set) {
    if (set.layout() == MigrationLayout.PRISMA || set.layout() == MigrationLayout.ALEMBIC) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Map<String, List<MigrationFile>> groups = new LinkedHashMap<>();
    for (MigrationFile f : set.migrations()) {
      if (f.skipped() || f.kind() == MigrationKind.ROLLBACK) {
        continue;
      }
      String key =
          switch (f.kind()) {
            case REPEATABLE -> "R:" + f.description();
            case UNDO -> "U:" + f.version().canonical();
            default -> "V:" + f.version().canonical();
          };
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    Set<Version> used =
        set.migrations().stream()
            .map(MigrationFile::version)
            .filter(v -> v != null)
            .collect(Collectors.toSet());
    for (List<MigrationFile> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(Comparator.comparing(MigrationFile::name));
      MigrationFile kept = group.get(0);
      for (MigrationFile dup : group.subList(1, group.size())) {
        String what =
            dup.kind() == MigrationKind.REPEATABLE
                ? "description '" + dup.description() + "'"
                : "version " + dup.version().text();
        out.add(
            Finding.of(
                Rule.DUPLICATE_VERSION,
                dup.path(),
                null,
                what
                    + " is also used by "
                    + kept.name()
                    + ": runners apply the two in an undefined or name-dependent order, or refuse to run",
                hint(set.layout(), dup, used)));
      }
    }
    return out;
  }

  private static String hint(MigrationLayout layout, MigrationFile dup, Set<Version> used) {
    if (dup.kind() == MigrationKind.REPEATABLE) {
      return "give one of them a distinct description, e.g. R__" + dup.description() + "_2.sql";
    }
    Version v = dup.version();
    String rename =
        switch (layout) {
          case NUMBERED -> {
            String suffix = freeSuffix(v, used);
            String number = dup.name().substring(0, Version.leadingDigits(dup.name()));
            Version nv = Version.parse(number + suffix);
            used.add(nv);
            yield number + suffix + dup.name().substring(number.length() + v.suffix().length());
          }
          case FLYWAY -> {
            Version nv = nextAfterHighest(used);
            yield dup.name().charAt(0) + nv.text() + "__" + dup.description() + ".sql";
          }
          default -> {
            Version nv = nextAfterHighest(used);
            String num = pad(nv.text(), Version.leadingDigits(dup.name()));
            yield num
                + dup.name().substring(Version.leadingDigits(dup.name()))
                + " (and its .down.sql)";
          }
        };
    return "rename to " + rename;
  }

  private static String freeSuffix(Version v, Set<Version> used) {
    for (char c = 'b'; c <= 'z'; c++) {
      if (!used.contains(Version.parse(v.major() + String.valueOf(c)))) {
        return String.valueOf(c);
      }
    }
    return "z";
  }

  /**
   * A version after every existing one: Flyway (without outOfOrder) and up/down runners skip or
   * reject a version lower than one a database already applied, so a renamed duplicate must come
   * last.
   */
  private static Version nextAfterHighest(Set<Version> used) {
    BigInteger top =
        used.stream().map(Version::major).max(BigInteger::compareTo).orElse(BigInteger.ZERO);
    Version next = Version.parse(top.add(BigInteger.ONE).toString());
    used.add(next);
    return next;
  }

  private static String pad(String n, int width) {
    return n.length() >= width ? n : "0".repeat(width - n.length()) + n;
  }
}
