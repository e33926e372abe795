package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.ForwardPart;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What most layouts share: version order, collisions on the version, a rename hint that moves an
 * unapplied duplicate after the newest version. Each subclass is one layout and scans its own
 * directories.
 */
abstract class BaseLayout implements Layout {
  private static final Set<Rule> ALWAYS =
      EnumSet.of(
          Rule.INVALID_NAME,
          Rule.UNREADABLE_FILE,
          Rule.CHECKSUM_MISMATCH,
          Rule.SUM_MISSING,
          Rule.NO_MIGRATIONS);

  private final MigrationLayout id;
  private final String label;
  private final Optional<String> tool;
  private final Set<Rule> rules;

  BaseLayout(MigrationLayout id, String label, String tool, Set<Rule> rules) {
    this.id = id;
    this.label = label;
    this.tool = Optional.ofNullable(tool);
    this.rules = rules;
  }

  /** Reads {@code dir} in this layout. Never throws: unreadable entries become findings. */
  abstract MigrationSet scan(Path dir, SkipList skip);

  @Override
  public MigrationLayout id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<String> tool() {
    return tool;
  }

  @Override
  public boolean builtinRunner() {
    return false;
  }

  @Override
  public boolean checks(Rule rule) {
    return ALWAYS.contains(rule) || rules.contains(rule);
  }

  @Override
  public Comparator<MigrationFile> order() {
    return Candidate.VERSION_ORDER;
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.NONE;
  }

  @Override
  public NameOrder nameOrder() {
    return NameOrder.IRRELEVANT;
  }

  @Override
  public boolean graphOrdered() {
    return false;
  }

  @Override
  public ForwardPart forwardPart(Path file) {
    return ForwardPart.WHOLE;
  }

  @Override
  public String forwardText(Path file, String text) {
    return text;
  }

  @Override
  public String collisionKey(MigrationFile f) {
    return switch (f.kind()) {
      case REPEATABLE -> "R:" + f.description();
      case UNDO -> "U:" + f.version().canonical();
      default -> "V:" + f.version().canonical() + (f.variant().isEmpty() ? "" : "@" + f.variant());
    };
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    if (dup.kind() == MigrationKind.REPEATABLE) {
      return "give one of them a distinct description, e.g. R__" + dup.description() + "_2.sql";
    }
    return "rename to "
        + renamed(dup, nextAfterHighest(used))
        + " if no database has applied it yet (else rename "
        + kept.name()
        + " instead): "
        + label
        + " skips or rejects a version older than one a database already has, so the free version"
        + " comes after the newest; never rename a migration a database has already run";
  }

  /** {@code dup}'s name with {@code version} in place of its version. */
  String renamed(MigrationFile dup, Version version) {
    int digits = Version.leadingDigits(dup.name());
    String number = version.text();
    if (number.length() < digits) {
      number = "0".repeat(digits - number.length()) + number;
    }
    return number + dup.name().substring(digits);
  }

  /** A version after every existing one; added to {@code used}. */
  static Version nextAfterHighest(Set<Version> used) {
    BigInteger top =
        used.stream().map(Version::major).max(BigInteger::compareTo).orElse(BigInteger.ZERO);
    Version next = Version.parse(top.add(BigInteger.ONE).toString());
    used.add(next);
    return next;
  }

  @Override
  public String toString() {
    return id.id();
  }
}
