package dev.shipgate.ci.rules;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL files a migration loop reads, when its folder is written literally ({@code
 * db/migrations/*.sql}, {@code find db/migrations -name '*.sql'}) and exists in the repository:
 * whether their names sort the same lexically and by version (every name starts with a number of
 * the same width, as timestamps and zero-padded numbers do), a pair that sorts wrongly, and a
 * rollback file among them. Folders behind variables or outside the repository are unknown.
 */
record SqlFolder(String dir, List<String> files) {
  private static final Pattern GLOB =
      Pattern.compile("(?:^|[\\s'\"(=])((?:\\.?/)?(?:[\\w.@-]+/)*)([\\w\\[\\]*?.{},-]*\\.sql)\\b");
  private static final Pattern FIND =
      Pattern.compile(
          "\\bfind\\s+['\"]?((?:\\.?/)?[\\w./@-]+?)/?['\"]?\\s.*?-i?name\\s+['\"]?([^'\"\\s]+)");
  private static final Pattern NUMBER = Pattern.compile("^[A-Za-z]?(\\d+)");

  /** The folder read by {@code source}, relative to {@code workingDirectory} (null: the root). */
  static Optional<SqlFolder> of(String source, String workingDirectory, RepoFiles repo) {
    String dir;
    String glob;
    Matcher f = FIND.matcher(source);
    Matcher g = GLOB.matcher(source);
    if (f.find()) {
      dir = f.group(1);
      glob = f.group(2);
    } else if (g.find()) {
      dir = g.group(1);
      glob = g.group(2);
    } else {
      return Optional.empty();
    }
    if (source.contains("$") && (dir + glob).contains("$")
        || workingDirectory != null && workingDirectory.contains("$")) {
      return Optional.empty();
    }
    String rel = dir.replaceFirst("^\\./", "").replaceFirst("/$", "");
    if (rel.startsWith("/") || rel.contains("..")) {
      return Optional.empty();
    }
    if (workingDirectory != null && !workingDirectory.isBlank() && !workingDirectory.equals(".")) {
      String wd = workingDirectory.replaceFirst("^\\./", "").replaceFirst("/$", "");
      rel = rel.isEmpty() ? wd : wd + "/" + rel;
    }
    Optional<List<String>> names = repo.list(rel.isEmpty() ? "." : rel);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    PathMatcher m;
    try {
      m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return Optional.empty();
    }
    List<String> matching = new ArrayList<>();
    for (String n : names.get()) {
      if (m.matches(Path.of(n))) {
        matching.add(n);
      }
    }
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    matching.sort(null);
    return Optional.of(new SqlFolder(rel, matching));
  }

  /**
   * True when every name starts with a version number of one width: lexical order is version order.
   */
  boolean sortsByName() {
    int width = -1;
    for (String f : files) {
      Matcher m = NUMBER.matcher(f);
      if (!m.find()) {
        return false;
      }
      int w = m.group(1).length();
      if (width >= 0 && w != width || w < 2 && files.size() > 1) {
        return false;
      }
      width = w;
    }
    return true;
  }

  /**
   * Two names that sort lexically in the wrong version order ({@code 10_b.sql}, {@code 9_a.sql}),
   * or null.
   */
  String[] misordered() {
    for (int i = 0; i < files.size(); i++) {
      for (int j = i + 1; j < files.size(); j++) {
        Long a = number(files.get(i));
        Long b = number(files.get(j));
        if (a != null && b != null && a > b) {
          return new String[] {files.get(i), files.get(j)};
        }
      }
    }
    return null;
  }

  /** A rollback file the loop would apply, or null. */
  String rollback() {
    for (String f : files) {
      if (RollbackFilter.WORD.matcher(f.replaceFirst("\\.sql$", "")).find()) {
        return f;
      }
    }
    return null;
  }

  private static Long number(String f) {
    Matcher m = NUMBER.matcher(f);
    if (!m.find() || m.group(1).length() > 18) {
      return null;
    }
    return Long.parseLong(m.group(1));
  }
}
