package dev.shipgate.ci.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits POSIX shell / bash text into tokens. Quotes, {@code $(...)}, backticks, {@code ${...}},
 * arithmetic and process substitution stay inside their word; comments, line continuations and
 * here-document bodies are dropped. Never fails: unbalanced input ends the current token.
 */
final class ShellLexer {
  private final String s;
  private final int n;
  private final List<Token> out = new ArrayList<>();
  private final List<String[]> heredocs = new ArrayList<>();
  private int i;

  private ShellLexer(String s) {
    this.s = s;
    this.n = s.length();
  }

  static List<Token> lex(String text) {
    return new ShellLexer(text).run();
  }

  private List<Token> run() {
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '\\' && at(i + 1) == '\n') {
        i += 2;
      } else if (c == '\n') {
        out.add(new Token(Token.Kind.NEWLINE, "\n", i));
        i++;
        skipHeredocBodies();
      } else if (c == '#') {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == ';') {
        op(starts(";;") ? ";;" : starts(";&") ? ";&" : ";");
      } else if (c == '&') {
        if (starts("&&")) {
          op("&&");
        } else if (starts("&>")) {
          redirect();
        } else {
          op("&");
        }
      } else if (c == '|') {
        if (starts("||")) {
          op("||");
        } else {
          out.add(new Token(Token.Kind.OP, "|", i));
          i += starts("|&") ? 2 : 1;
        }
      } else if (c == '(') {
        if (starts("((")) {
          word();
        } else {
          op("(");
        }
      } else if (c == ')') {
        op(")");
      } else if ((c == '<' || c == '>') && at(i + 1) == '(') {
        word();
      } else if (c == '<' || c == '>' || Character.isDigit(c) && fdRedirect()) {
        redirect();
      } else {
        word();
      }
    }
    return out;
  }

  private char at(int k) {
    return k < n ? s.charAt(k) : '\0';
  }

  private boolean starts(String prefix) {
    return s.startsWith(prefix, i);
  }

  private void op(String text) {
    out.add(new Token(Token.Kind.OP, text, i));
    i += text.length();
  }

  private boolean fdRedirect() {
    int j = i;
    while (j < n && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j < n && (s.charAt(j) == '<' || s.charAt(j) == '>');
  }

  private void redirect() {
    int start = i;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    String[] ops = {"<<<", "<<-", "<<", "<>", "<&", "&>>", "&>", ">>", ">&", ">|", "<", ">"};
    String found = ">";
    for (String o : ops) {
      if (s.startsWith(o, i)) {
        found = o;
        break;
      }
    }
    i += found.length();
    if (found.endsWith("&") && i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
      while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
        i++;
      }
    }
    out.add(new Token(Token.Kind.REDIRECT, s.substring(start, i), start));
    if (found.equals("<<") || found.equals("<<-")) {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      if (i < n && s.charAt(i) != '\n') {
        int before = out.size();
        word();
        if (out.size() > before) {
          heredocs.add(new String[] {out.get(out.size() - 1).value(), found});
        }
      }
    }
  }

  private void word() {
    int start = i;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|') {
        break;
      }
      if (c == ')') {
        break;
      }
      if (c == '(') {
        if (i > start && s.charAt(i - 1) == '=' || i == start && starts("((")) {
          i = Scan.balanced(s, i, '(', ')');
          continue;
        }
        break;
      }
      if (c == '<' || c == '>') {
        if (at(i + 1) == '(') {
          i = Scan.balanced(s, i + 1, '(', ')');
          continue;
        }
        break;
      }
      i = skipWordPart(c);
    }
    if (i == start) {
      i++; // a lone character no rule consumes; keep moving
      return;
    }
    out.add(new Token(Token.Kind.WORD, s.substring(start, i), start));
  }

  private int skipWordPart(char c) {
    if (c == '\\') {
      return Math.min(n, i + 2);
    }
    if (c == '\'') {
      return Scan.singleQuoted(s, i);
    }
    if (c == '"') {
      return Scan.doubleQuoted(s, i);
    }
    if (c == '`') {
      return Scan.backticks(s, i);
    }
    if (c == '$' && (at(i + 1) == '(' || at(i + 1) == '{')) {
      return Scan.balanced(s, i + 1, at(i + 1), at(i + 1) == '(' ? ')' : '}');
    }
    if (c == '$' && at(i + 1) == '\'') {
      return Scan.singleQuoted(s, i + 1);
    }
    return i + 1;
  }

  private void skipHeredocBodies() {
    for (String[] h : heredocs) {
      String delimiter = h[0];
      boolean stripTabs = h[1].equals("<<-");
      while (i < n) {
        int end = s.indexOf('\n', i);
        end = end < 0 ? n : end;
        String line = s.substring(i, end);
        i = Math.min(n, end + 1);
        String cmp = stripTabs ? line.replaceFirst("^\t+", "") : line;
        if (cmp.strip().equals(delimiter)) {
          break;
        }
      }
    }
    heredocs.clear();
  }
}
