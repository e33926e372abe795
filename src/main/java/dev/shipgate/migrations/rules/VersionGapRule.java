package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code version-gap} (warning by default): sequential numbers that skip values ({@code 4, 8}).
 * Only for sequence numbers: timestamps (8 digits or more) and dotted versions have gaps by design.
 * A directory that starts above 1 is fine (older files may have been squashed).
 */
final class VersionGapRule implements MigrationRule {
  private static final BigInteger TIMESTAMP = BigInteger.valueOf(10_000_000L);

  @Override
  public Rule id() {
    return Rule.VERSION_GAP;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    TreeMap<BigInteger, MigrationFile> firstByMajor = new TreeMap<>();
    for (MigrationFile f : set.migrations()) {
      if (f.kind() != MigrationKind.VERSIONED || f.skipped()) {
        continue;
      }
      if (f.version().parts().size() > 1 || f.version().major().compareTo(TIMESTAMP) >= 0) {
        return List.of();
      }
      firstByMajor.putIfAbsent(f.version().major(), f);
    }
    List<Finding> out = new ArrayList<>();
    BigInteger prev = null;
    MigrationFile prevFile = null;
    for (var e : firstByMajor.entrySet()) {
      BigInteger v = e.getKey();
      if (prev != null && v.subtract(prev).compareTo(BigInteger.ONE) > 0) {
        BigInteger from = prev.add(BigInteger.ONE);
        BigInteger to = v.subtract(BigInteger.ONE);
        String missing =
            from.equals(to) ? "version " + from + " is" : "versions " + from + "-" + to + " are";
        out.add(
            Finding.of(
                Rule.VERSION_GAP,
                e.getValue().path(),
                null,
                missing
                    + " missing between "
                    + prevFile.name()
                    + " and "
                    + e.getValue().name()
                    + ": a migration may have been lost in a merge",
                "restore the missing migration if it was lost; if the numbers were skipped on purpose, allow it: lint.rules.version-gap.allow: ["
                    + e.getValue().name()
                    + "]"));
      }
      prev = v;
      prevFile = e.getValue();
    }
    return out;
  }
}
