package dev.shipgate.migrations.scan;

import dev.shipgate.migrations.DjangoMigration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a Django migration module that decide the graph, from its text (Python is
 * never run): {@code class Migration(...)}, {@code initial}, {@code dependencies}, {@code replaces}
 * and {@code run_before}, as lists of {@code (app, name)} tuples over one or more lines. {@code
 * migrations.swappable_dependency(settings.AUTH_USER_MODEL)} and other non-literal entries name
 * another app's migration that cannot be known offline, and are left out.
 */
final class DjangoParser {
  private static final Pattern CLASS = Pattern.compile("^class\\s+Migration\\s*\\(.*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "^\\s+(dependencies|replaces|run_before|initial)\\s*(?::[^=\\n]*)?=(?!=)\\s*(.*)$");
  private static final Pattern PAIR =
      Pattern.compile(
          "[(\\[]\\s*[rbu]?(['\"])([^'\"]*)\\1\\s*,\\s*[rbu]?(['\"])([^'\"]*)\\3\\s*,?\\s*[)\\]]");

  /** What one module says, before its app label is known. */
  record Parsed(
      Path path,
      String name,
      boolean hasMigrationClass,
      List<DjangoMigration.Key> dependencies,
      List<DjangoMigration.Key> replaces,
      List<DjangoMigration.Key> runBefore,
      boolean initial,
      int line,
      int dependenciesLine) {}

  private DjangoParser() {}

  static Parsed parse(Path path, String name, String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    int classLine = 0;
    int depsLine = 0;
    boolean initial = false;
    List<DjangoMigration.Key> deps = new ArrayList<>();
    List<DjangoMigration.Key> replaces = new ArrayList<>();
    List<DjangoMigration.Key> runBefore = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (classLine == 0) {
        if (CLASS.matcher(lines[i]).matches()) {
          classLine = i + 1;
        }
        continue;
      }
      if (!lines[i].isEmpty()
          && !Character.isWhitespace(lines[i].charAt(0))
          && !lines[i].startsWith("#")) {
        break; // end of the class body
      }
      Matcher m = ATTRIBUTE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int start = i;
      StringBuilder value = new StringBuilder(stripComment(m.group(2)));
      while (depth(value) > 0 && i + 1 < lines.length) {
        value.append(' ').append(stripComment(lines[++i]));
      }
      switch (m.group(1)) {
        case "initial" -> initial = value.toString().strip().startsWith("True");
        case "dependencies" -> {
          if (depsLine == 0) {
            depsLine = start + 1;
            deps.addAll(pairs(value));
          }
        }
        case "replaces" -> replaces.addAll(pairs(value));
        default -> runBefore.addAll(pairs(value));
      }
    }
    int line = classLine == 0 ? 1 : classLine;
    return new Parsed(
        path,
        name,
        classLine > 0,
        deps,
        replaces,
        runBefore,
        initial,
        line,
        depsLine == 0 ? line : depsLine);
  }

  private static List<DjangoMigration.Key> pairs(CharSequence value) {
    List<DjangoMigration.Key> out = new ArrayList<>();
    Matcher m = PAIR.matcher(value);
    while (m.find()) {
      out.add(new DjangoMigration.Key(m.group(2), m.group(4)));
    }
    return out;
  }

  private static int depth(CharSequence s) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return depth;
  }

  /** The line without a {@code #} comment that is outside string literals. */
  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#') {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
