package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NN_name.sql}: any number of digits, an optional letter suffix ({@code 17b_...}), an
 * underscore and a description. Only the top level is read, as a shell glob would.
 */
final class NumberedScanner implements LayoutScanner {
  static final Pattern NAME = Pattern.compile("(\\d+)([A-Za-z]?)(?:_(.*))?\\.sql");
  private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)[-.\\s]*(.*)");

  @Override
  public MigrationSet scan(Path dir, SkipList skip, Layout layout) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<Candidate> candidates = new ArrayList<>();
    List<DirectoryListing.Entry> invalid = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      if (!e.name().toLowerCase(Locale.ROOT).endsWith(".sql") || e.directory()) {
        continue;
      }
      files++;
      Matcher m = NAME.matcher(e.name());
      if (m.matches()) {
        Version v = Version.parse(m.group(1) + m.group(2));
        String desc = m.group(3) == null ? "" : m.group(3);
        candidates.add(new Candidate(e.path(), e.name(), v, desc, MigrationKind.VERSIONED));
      } else if (!skip.matches(e.name())) {
        invalid.add(e);
      }
    }
    int width = candidates.stream().mapToInt(c -> Version.leadingDigits(c.name())).max().orElse(2);
    BigInteger next =
        candidates.stream()
            .map(c -> c.version().major())
            .max(BigInteger::compareTo)
            .orElse(BigInteger.ZERO)
            .add(BigInteger.ONE);
    for (DirectoryListing.Entry e : invalid) {
      problems.add(invalidName(e, width, next));
    }
    return new MigrationSet(
        dir, layout, Candidate.resolve(candidates, skip), List.of(), List.of(), problems, files);
  }

  private static Finding invalidName(DirectoryListing.Entry e, int width, BigInteger next) {
    String name = e.name();
    String base = name.substring(0, name.length() - 4);
    String ext = name.substring(name.length() - 4);
    String suggestion;
    String why;
    Matcher m = LEADING_NUMBER.matcher(base);
    if (!ext.equals(".sql")) {
      suggestion = base + ".sql";
      why = "the extension is " + ext + ", so `*.sql` globs and most runners skip it";
    } else if (m.matches()) {
      suggestion = m.group(1) + "_" + slug(m.group(2)) + ".sql";
      why = "the number is not followed by '_', so `[0-9]*_*.sql` globs and runners skip it";
    } else {
      suggestion = String.format("%0" + width + "d_%s.sql", next, slug(base));
      why = "it has no leading number, so it is never applied in a defined order";
    }
    return Finding.of(
        Rule.INVALID_NAME,
        e.path(),
        null,
        "not named NN_description.sql: " + why,
        "rename to " + suggestion + " (or list it in migrations.skip if it must never run)");
  }

  private static String slug(String s) {
    String slug = s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return slug.isEmpty() ? "migration" : slug.toLowerCase(Locale.ROOT);
  }
}
