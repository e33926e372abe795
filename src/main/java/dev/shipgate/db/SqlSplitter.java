package dev.shipgate.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQL script into statements at top-level semicolons. It understands what can hide a
 * semicolon: {@code --} and {@code /* *}{@code /} comments (nested in PostgreSQL), '...' strings
 * (with {@code E'..\'..'} escapes in PostgreSQL), "quoted" identifiers, PostgreSQL dollar quotes
 * ({@code $$ ... $$}, {@code $tag$ ... $tag$}), SQLite's `backtick` and [bracket] identifiers, and
 * the BEGIN ... END bodies of SQLite triggers and of PostgreSQL {@code BEGIN ATOMIC} functions.
 */
public final class SqlSplitter {
  /** What the dialect allows; each {@link Database} declares its own. */
  public record Rules(boolean dollarQuotes, boolean nestedComments, boolean backticks) {}

  private static final int HEAD_LENGTH = 160;

  private final Rules rules;

  public SqlSplitter(Rules rules) {
    this.rules = rules;
  }

  public List<SqlStatement> split(String script) {
    String s = script.startsWith("\uFEFF") ? script.substring(1) : script;
    List<SqlStatement> out = new ArrayList<>();
    StringBuilder head = new StringBuilder();
    int start = -1;
    int startLine = 1;
    int line = 1;
    int depth = 0;
    String prevWord = "";
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : '\0';
      int skipTo = -1;
      if (c == '-' && next == '-') {
        skipTo = lineEnd(s, i);
      } else if (c == '/' && next == '*') {
        skipTo = blockCommentEnd(s, i);
      }
      if (skipTo >= 0) {
        line += count(s, i, skipTo);
        i = skipTo;
        appendSpace(head);
        continue;
      }
      if (start < 0 && !Character.isWhitespace(c) && c != ';') {
        start = i;
        startLine = line;
      }
      int end = -1;
      if (c == '\'') {
        end = quotedEnd(s, i, '\'', escapeString(s, i));
      } else if (c == '"') {
        end = quotedEnd(s, i, '"', false);
      } else if (c == '`' && rules.backticks()) {
        end = quotedEnd(s, i, '`', false);
      } else if (c == '[' && rules.backticks()) {
        end = s.indexOf(']', i + 1) < 0 ? n : s.indexOf(']', i + 1) + 1;
      } else if (c == '$' && rules.dollarQuotes()) {
        end = dollarQuoteEnd(s, i);
      }
      if (end > i) {
        line += count(s, i, end);
        appendHead(head, "'");
        i = end;
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int w = i;
        while (w < n && (Character.isLetterOrDigit(s.charAt(w)) || s.charAt(w) == '_')) {
          w++;
        }
        String word = s.substring(i, w).toUpperCase(Locale.ROOT);
        depth = blockDepth(depth, head.toString(), prevWord, word);
        appendHead(head, word);
        prevWord = word;
        i = w;
        continue;
      }
      if (c == ';' && depth == 0) {
        if (start >= 0) {
          out.add(statement(s.substring(start, i), startLine, head));
        }
        start = -1;
        head.setLength(0);
        prevWord = "";
        i++;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      if (Character.isWhitespace(c)) {
        appendSpace(head);
      } else {
        appendHead(head, String.valueOf(c));
      }
      i++;
    }
    if (start >= 0 && !s.substring(start).isBlank()) {
      out.add(statement(s.substring(start), startLine, head));
    }
    return out.stream().filter(st -> !st.head().isEmpty()).toList();
  }

  /**
   * Counts BEGIN/CASE ... END nesting inside a SQLite trigger or a PostgreSQL BEGIN ATOMIC body,
   * where semicolons end inner statements, not the outer one.
   */
  private int blockDepth(int depth, String head, String prevWord, String word) {
    boolean trigger = !rules.dollarQuotes() && head.matches("CREATE (TEMP |TEMPORARY )?TRIGGER .*");
    boolean atomic =
        rules.dollarQuotes()
            && head.matches("CREATE (OR REPLACE )?(FUNCTION|PROCEDURE) .*")
            && (depth > 0 || word.equals("ATOMIC") && prevWord.equals("BEGIN"));
    if (!trigger && !atomic) {
      return depth;
    }
    if (trigger && word.equals("BEGIN")) {
      return depth + 1;
    }
    if (atomic && word.equals("ATOMIC") && prevWord.equals("BEGIN")) {
      return depth + 1;
    }
    if (depth > 0 && word.equals("CASE")) {
      return depth + 1;
    }
    if (depth > 0 && word.equals("END")) {
      return depth - 1;
    }
    return depth;
  }

  private static SqlStatement statement(String sql, int line, StringBuilder head) {
    return new SqlStatement(sql.strip(), line, head.toString().strip());
  }

  private static void appendHead(StringBuilder head, String token) {
    if (head.length() < HEAD_LENGTH) {
      head.append(token);
    }
  }

  private static void appendSpace(StringBuilder head) {
    if (!head.isEmpty() && head.charAt(head.length() - 1) != ' ' && head.length() < HEAD_LENGTH) {
      head.append(' ');
    }
  }

  private static boolean escapeString(String s, int quote) {
    if (quote == 0 || !(s.charAt(quote - 1) == 'E' || s.charAt(quote - 1) == 'e')) {
      return false;
    }
    return quote < 2 || !Character.isLetterOrDigit(s.charAt(quote - 2));
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }

  private int blockCommentEnd(String s, int from) {
    int depth = 0;
    int i = from;
    while (i < s.length() - 1) {
      if (s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
        depth = rules.nestedComments() || depth == 0 ? depth + 1 : depth;
        i += 2;
      } else if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int quotedEnd(String s, int from, char q, boolean backslashEscapes) {
    int i = from + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
        continue;
      }
      if (c == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  /** The end of a $tag$...$tag$ string starting at {@code from}, or -1 when it is not one. */
  private static int dollarQuoteEnd(String s, int from) {
    if (from > 0 && (Character.isLetterOrDigit(s.charAt(from - 1)) || s.charAt(from - 1) == '_')) {
      return -1;
    }
    int i = from + 1;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      if (i == from + 1 && Character.isDigit(s.charAt(i))) {
        return -1; // $1 is a parameter
      }
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '$') {
      return -1;
    }
    String tag = s.substring(from, i + 1);
    int close = s.indexOf(tag, i + 1);
    return close < 0 ? s.length() : close + tag.length();
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
