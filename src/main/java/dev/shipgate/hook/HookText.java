package dev.shipgate.hook;

/** Pure text edits on a hook script: find, insert and remove shipgate's block. */
final class HookText {
  private HookText() {}

  static String removeBlock(String script) {
    int begin = script.indexOf(HookBlock.BEGIN);
    if (begin < 0) {
      return script;
    }
    int end = script.indexOf(HookBlock.END, begin);
    if (end < 0) {
      return script;
    }
    int after = end + HookBlock.END.length();
    if (after < script.length() && script.charAt(after) == '\n') {
      after++;
    }
    return script.substring(0, begin) + script.substring(after);
  }

  static String insertAfterShebang(String script, String block) {
    if (script.startsWith("#!")) {
      int nl = script.indexOf('\n');
      if (nl < 0) {
        return script + "\n" + block;
      }
      return script.substring(0, nl + 1) + block + script.substring(nl + 1);
    }
    return block + script;
  }

  /** True when nothing but a shebang, blank lines and comments is left. */
  static boolean isEmptyScript(String script) {
    return script.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
  }
}
