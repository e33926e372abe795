package dev.shipgate.ci.realworld;

import dev.shipgate.ci.shell.ShellProgram;
import dev.shipgate.ci.shell.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a shell script to its command structure, line for line: the words the shell parser reads
 * (programs, sub-commands, options, variables, file names and globs, keywords, operators and
 * redirections) stay on their line; comments go, quoted free text becomes {@code 'text'}, URLs
 * become {@code URL}, token-like strings become {@code TOKEN}, here-document bodies become {@code
 * text} lines between their delimiters, and a command keeps at most {@value #MAX_WORDS} words.
 * Inline scripts ({@code bash -c '...'}, {@code $(...)}) are reduced the same way.
 */
final class ScriptShape {
  static final int MAX_WORDS = 16;
  private static final Pattern PLAIN = Pattern.compile("[^\\s'\"`]*");
  private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=_-]{32,}");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_][\\w]*}?|\\$[0-9@#?*]");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{[^}]*}}");
  private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=");

  private ScriptShape() {}

  /** The shape of {@code script}: the same number of lines, each reduced. */
  static String of(String script) {
    String[] lines = script.split("\n", -1);
    int[] lineStart = new int[lines.length + 1];
    for (int i = 0, off = 0; i < lines.length; i++) {
      lineStart[i] = off;
      off += lines[i].length() + 1;
    }
    lineStart[lines.length] = script.length() + 1;
    List<Token> tokens = ShellProgram.tokens(script);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(new ArrayList<>());
    }
    boolean[] heredocBody = new boolean[lines.length];
    boolean[] newlineAt = new boolean[lines.length];
    String[] heredocEnd = new String[lines.length];
    int words = 0;
    String prevWord = null;
    String command = null;
    boolean shellSeen = false;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      int line = lineOf(lineStart, tok.offset());
      switch (tok.kind()) {
        case NEWLINE -> {
          newlineAt[line] = true;
          words = 0;
          command = null;
          prevWord = null;
          shellSeen = false;
        }
        case OP -> {
          out.get(line).add(tok.raw());
          words = 0;
          command = null;
          prevWord = null;
          shellSeen = false;
        }
        case REDIRECT -> {
          out.get(line).add(tok.raw());
          if ((tok.raw().endsWith("<<") || tok.raw().endsWith("<<-"))
              && !tok.raw().endsWith("<<<")
              && t + 1 < tokens.size()
              && tokens.get(t + 1).kind() == Token.Kind.WORD) {
            Token delim = tokens.get(++t);
            String d = delim.value();
            out.get(line).add(plainDelimiter(d));
            markHeredoc(lines, line, d, tok.raw().endsWith("-"), heredocBody, heredocEnd);
          }
        }
        case WORD -> {
          if (words >= MAX_WORDS) {
            continue;
          }
          String reduced = word(tok.raw(), command, prevWord, shellSeen);
          shellSeen |= SHELLS.contains(base(tok.value()));
          out.get(line).add(reduced);
          if (command == null && !tok.raw().contains("=")) {
            command = tok.value();
          }
          prevWord = tok.value();
          words++;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      if (heredocEnd[i] != null) {
        sb.append(heredocEnd[i]);
        continue;
      }
      if (heredocBody[i]) {
        sb.append("text");
        continue;
      }
      String indent = lines[i].substring(0, lines[i].length() - lines[i].stripLeading().length());
      String joined = String.join(" ", out.get(i));
      boolean joinsNext = !newlineAt[i] && i + 1 < lines.length && !heredocBody[i + 1];
      if (!joined.isEmpty()) {
        sb.append(indent).append(joined);
        if (joinsNext) {
          sb.append(" \\");
        }
      } else if (joinsNext && !lines[i].isBlank()) {
        sb.append(indent).append("\\");
      }
    }
    return sb.toString();
  }

  /** One line for an inline script: its reduced lines joined with {@code ;}. */
  static String inline(String script) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String l : of(script).split("\n")) {
      String s = l.strip();
      boolean joins = s.endsWith("\\");
      if (joins) {
        s = s.substring(0, s.length() - 1).strip();
      }
      if (!s.isEmpty() && !s.equals("text")) {
        current.append(current.isEmpty() ? "" : " ").append(s);
      }
      if (!joins && !current.isEmpty()) {
        parts.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      parts.add(current.toString());
    }
    String joined = String.join("; ", parts).replace("'", "");
    return joined.replaceAll(";\\s*;", ";").replaceAll("(then|do|else|\\{|\\||&&|\\|\\|);", "$1");
  }

  private static int lineOf(int[] lineStart, int offset) {
    int lo = 0;
    int hi = lineStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStart[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static void markHeredoc(
      String[] lines, int from, String delim, boolean tabs, boolean[] body, String[] end) {
    for (int i = from + 1; i < lines.length; i++) {
      String cmp = tabs ? lines[i].replaceFirst("^\t+", "") : lines[i];
      if (cmp.strip().equals(delim)) {
        end[i] = plainDelimiter(delim);
        return;
      }
      body[i] = true;
    }
  }

  private static String plainDelimiter(String d) {
    return PLAIN.matcher(d).matches() && !d.isEmpty() ? d : "EOF";
  }

  /** One word: kept when it is a plain word, else its free text replaced. */
  static String word(String raw, String command, String previous, boolean shellSeen) {
    String unq = unquote(raw);
    boolean quoted = !unq.equals(raw);
    boolean shellC =
        previous != null && (previous.equals("-c") || previous.matches("-[a-z]*c")) && shellSeen;
    boolean remote = quoted && command != null && (command.equals("ssh") || command.equals("eval"));
    if (shellC || remote && unq.contains(" ")) {
      return "'" + inline(unq) + "'";
    }
    if (raw.contains("://")) {
      return url(raw);
    }
    Matcher assign = ASSIGNMENT.matcher(raw);
    if (assign.lookingAt() && assign.end() < raw.length()) {
      return raw.substring(0, assign.end()) + word(raw.substring(assign.end()), null, null, false);
    }
    if (raw.contains("$(") || raw.startsWith("`")) {
      return substitutions(raw);
    }
    String probe = EXPRESSION.matcher(VARIABLE.matcher(unq).replaceAll("v")).replaceAll("v");
    if (TOKEN_LIKE.matcher(unq).find() && !unq.contains("/")) {
      return "TOKEN";
    }
    if (PLAIN.matcher(probe).matches() && unq.length() <= 100) {
      return raw;
    }
    if (VARIABLE.matcher(unq).matches() || EXPRESSION.matcher(unq).matches()) {
      return raw;
    }
    return quoted ? "'text'" : "text";
  }

  /**
   * A word holding command substitutions: each {@code $(...)} (or backquoted command) reduced as an
   * inline script; the text around them kept when it is plain, else dropped.
   */
  private static String substitutions(String raw) {
    StringBuilder subs = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '(' && !raw.startsWith("$((", i)) {
        int end = closing(raw, i + 1);
        String reduced = "$(" + inline(raw.substring(i + 2, Math.max(i + 2, end - 1))) + ")";
        subs.append(reduced);
        rest.append(reduced);
        i = end;
      } else if (c == '`') {
        int end = raw.indexOf('`', i + 1);
        end = end < 0 ? n : end;
        String reduced = "$(" + inline(raw.substring(i + 1, end)) + ")";
        subs.append(reduced);
        rest.append(reduced);
        i = end + 1;
      } else {
        rest.append(c);
        i++;
      }
    }
    String plainRest = rest.toString();
    String outside = plainRest.replaceAll("\\$\\([^)]*\\)", "");
    boolean quoted = raw.startsWith("\"");
    if (!outside.matches(".*\\s.*") && !outside.contains("'")) {
      return plainRest;
    }
    return quoted ? "\"" + subs + "\"" : subs.toString();
  }

  /** The index just past the {@code )} matching the {@code (} at {@code open}, quotes honoured. */
  private static int closing(String s, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }

  private static String url(String raw) {
    String u = unquote(raw);
    int q = u.indexOf('?');
    String path = q >= 0 ? u.substring(0, q) : u;
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    String ext = dot > 0 ? last.substring(dot) : "";
    if (!ext.matches("\\.(sql|sh|py|rb|js|json|xml|ya?ml|gz|tgz|zip)")) {
      ext = "";
    }
    String scheme = u.contains("://") ? u.substring(0, u.indexOf("://")) : "https";
    if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
      scheme = "https";
    }
    return scheme + "://URL/x" + ext;
  }

  private static String base(String w) {
    return w.substring(w.lastIndexOf('/') + 1);
  }

  /** Quote removal for whole-word quotes ({@code 'a b'}, {@code "a b"}); otherwise as written. */
  private static String unquote(String raw) {
    if (raw.length() >= 2
        && (raw.startsWith("'") && raw.endsWith("'")
            || raw.startsWith("\"") && raw.endsWith("\""))) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw;
  }
}
