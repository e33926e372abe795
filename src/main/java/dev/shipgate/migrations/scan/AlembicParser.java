package dev.shipgate.migrations.scan;

import dev.shipgate.migrations.AlembicRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code revision}, {@code down_revision}, {@code branch_labels} and {@code depends_on} from
 * an Alembic revision file's text, without running Python. Handles type annotations ({@code
 * down_revision: Union[str, Sequence[str], None] = ...}), None, strings, and tuples or lists spread
 * over several lines (merge revisions). Branch labels given as names ({@code (cli.EXPAND_BRANCH,)})
 * count as labels.
 */
final class AlembicParser {
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "^(revision|down_revision|branch_labels|depends_on)\\s*(?::[^=\\n]*)?=(?!=)\\s*(.*)$");
  private static final Pattern STRING = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private AlembicParser() {}

  /** The revision, or empty when the file assigns no {@code revision}. */
  static Optional<AlembicRevision> parse(Path path, String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    String revision = null;
    int revisionLine = 0;
    int downLine = 0;
    List<String> down = List.of();
    List<String> labels = List.of();
    List<String> depends = List.of();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ASSIGNMENT.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      StringBuilder value = new StringBuilder(stripComment(m.group(2)));
      int start = i;
      while (unbalanced(value) && i + 1 < lines.length) {
        value.append(' ').append(stripComment(lines[++i]));
      }
      List<String> strings = strings(value.toString());
      switch (m.group(1)) {
        case "revision" -> {
          if (revision == null && !strings.isEmpty()) {
            revision = strings.get(0);
            revisionLine = start + 1;
          }
        }
        case "down_revision" -> {
          down = strings;
          downLine = start + 1;
        }
        case "branch_labels" -> labels = strings.isEmpty() ? names(value.toString()) : strings;
        default -> depends = strings;
      }
    }
    if (revision == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AlembicRevision(path, revision, down, labels, depends, revisionLine, downLine));
  }

  /**
   * Labels given as names or attributes ({@code (cli.EXPAND_BRANCH,)}): their values are not known
   * without running Python, so the expressions stand for them; they still count as labels.
   */
  private static List<String> names(String value) {
    List<String> out = new ArrayList<>();
    Matcher m = NAME.matcher(value);
    while (m.find()) {
      String n = m.group();
      if (!n.equals("None") && !n.equals("True") && !n.equals("False")) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> strings(String value) {
    List<String> out = new ArrayList<>();
    Matcher s = STRING.matcher(value);
    while (s.find()) {
      out.add(s.group(1) != null ? s.group(1) : s.group(2));
    }
    return out;
  }

  private static boolean unbalanced(CharSequence s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      }
    }
    return depth > 0;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
