package dev.shipgate.migrations.rules;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the first {@code DROP SCHEMA|DATABASE|OWNED} in SQL fed one character at a time, outside
 * {@code --} and {@code /* *\/} comments (string literals stay visible, as {@link CommentStripper}
 * leaves them). The same verdict and line as the pattern {@code \bDROP\s+(SCHEMA|DATABASE|OWNED)\b}
 * over the comment-stripped text, in constant memory: a word longer than the longest keyword is not
 * kept.
 */
final class DropScan {
  private static final Set<String> TARGETS = Set.of("SCHEMA", "DATABASE", "OWNED");
  private static final int LONGEST = "DATABASE".length();

  private int line = 1;
  // comment and string state, as CommentStripper.sql reads the text
  private boolean inString;
  private boolean inLineComment;
  private boolean inBlock;
  private boolean blockStar;
  private char pending;
  // the word being read and the one before it
  private final StringBuilder word = new StringBuilder(LONGEST + 1);
  private int wordLength;
  private int wordLine;
  private boolean afterDrop;
  private int dropLine;
  // the first hit
  private String found;
  private int foundLine;

  /** True once a statement has been found: the rest of the file need not be read. */
  boolean done() {
    return found != null;
  }

  /** What was dropped ({@code SCHEMA}, {@code DATABASE}, {@code OWNED}), or null. */
  String what() {
    return found;
  }

  /** The 1-based line of the {@code DROP}. */
  int line() {
    return foundLine;
  }

  void feed(char c) {
    if (found != null) {
      return;
    }
    if (inLineComment) {
      if (c == '\n') {
        inLineComment = false;
        code('\n');
      } else {
        code(' ');
      }
      return;
    }
    if (inBlock) {
      if (blockStar && c == '/') {
        inBlock = false;
        code(' ');
        return;
      }
      blockStar = c == '*';
      code(c == '\n' ? '\n' : ' ');
      return;
    }
    if (pending != 0) {
      char p = pending;
      pending = 0;
      if (p == '-' && c == '-') {
        inLineComment = true;
        code(' ');
        code(' ');
        return;
      }
      if (p == '/' && c == '*') {
        inBlock = true;
        blockStar = false;
        code(' ');
        code(' ');
        return;
      }
      code(p);
    }
    if (inString) {
      code(c);
      if (c == '\'') {
        inString = false;
      }
    } else if (c == '\'') {
      inString = true;
      code(c);
    } else if (c == '-' || c == '/') {
      pending = c;
    } else {
      code(c);
    }
  }

  /** Ends the text: a keyword at the very end still counts. */
  void end() {
    if (pending != 0) {
      char p = pending;
      pending = 0;
      code(p);
    }
    endWord();
  }

  private void code(char c) {
    if (isWordChar(c)) {
      if (wordLength == 0) {
        wordLine = line;
      }
      if (wordLength <= LONGEST) {
        word.append(c);
      }
      wordLength++;
      return;
    }
    endWord();
    if (!isSpace(c)) {
      afterDrop = false;
    }
    if (c == '\n') {
      line++;
    }
  }

  private void endWord() {
    if (wordLength == 0) {
      return;
    }
    String w = wordLength > LONGEST ? "" : word.toString().toUpperCase(Locale.ROOT);
    if (afterDrop && TARGETS.contains(w) && found == null) {
      found = w;
      foundLine = dropLine;
    }
    afterDrop = w.equals("DROP");
    dropLine = wordLine;
    word.setLength(0);
    wordLength = 0;
  }

  /** {@code \w} without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
