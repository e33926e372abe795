package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # shipgate: allow <rule>[, <rule>...]} comments. A comment belongs to the step or job it
 * sits in, or to the one it directly precedes (only comment lines in between); it silences that
 * scope's findings of the named rules, and nothing else. A job-level comment does not silence its
 * steps, nor a step comment its job.
 */
final class AllowComments {
  private static final Pattern ALLOW =
      Pattern.compile(
          "#\\s*shipgate:\\s*allow\\s+([a-z][a-z0-9-]*(?:\\s*,\\s*[a-z][a-z0-9-]*)*)",
          Pattern.CASE_INSENSITIVE);

  private record Comment(Path file, int line, Set<String> rules) {}

  private final List<Comment> comments = new ArrayList<>();
  private final List<Scope> scopes;
  private final Map<Path, List<String>> lines;

  AllowComments(List<Scope> scopes, Map<Path, List<String>> lines) {
    this.scopes = scopes;
    this.lines = lines;
    for (Map.Entry<Path, List<String>> e : lines.entrySet()) {
      List<String> text = e.getValue();
      for (int i = 0; i < text.size(); i++) {
        Matcher m = ALLOW.matcher(text.get(i));
        if (m.find()) {
          Set<String> rules = new HashSet<>();
          for (String r : m.group(1).split(",")) {
            rules.add(r.strip().toLowerCase(Locale.ROOT));
          }
          comments.add(new Comment(e.getKey(), i + 1, rules));
        }
      }
    }
  }

  boolean silences(CiFinding f) {
    Path file = f.loc().file();
    Scope owner = innermost(file, f.loc().line());
    if (owner == null) {
      return false;
    }
    for (Comment c : comments) {
      if (c.file().equals(file) && c.rules().contains(f.rule().id()) && owner.equals(ownerOf(c))) {
        return true;
      }
    }
    return false;
  }

  private Scope ownerOf(Comment c) {
    Scope next = null;
    List<String> text = lines.get(c.file());
    for (Scope s : scopes) {
      if (!s.file().equals(c.file()) || s.start() <= c.line()) {
        continue;
      }
      boolean onlyComments = true;
      for (int l = c.line(); l < s.start() && onlyComments; l++) {
        String t = l - 1 < text.size() ? text.get(l - 1).strip() : "";
        onlyComments = t.startsWith("#");
      }
      if (onlyComments
          && (next == null
              || s.start() < next.start()
              || s.start() == next.start() && s.size() < next.size())) {
        next = s;
      }
    }
    return next != null ? next : innermost(c.file(), c.line());
  }

  private Scope innermost(Path file, int line) {
    Scope best = null;
    for (Scope s : scopes) {
      if (s.contains(file, line) && (best == null || s.size() < best.size())) {
        best = s;
      }
    }
    return best;
  }
}
