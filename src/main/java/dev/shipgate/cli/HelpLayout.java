package dev.shipgate.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * One help layout for every command, whatever its annotations say: a one-sentence header (what the
 * parent's command list shows, so it never stops mid-sentence), then the description as whole
 * paragraphs that picocli wraps at 80 columns. A description written as several array elements is
 * one paragraph; an empty element starts a new one. Commands added later get the same layout
 * without doing anything.
 */
final class HelpLayout {
  static final int WIDTH = 80;

  private HelpLayout() {}

  static CommandLine apply(CommandLine cl) {
    cl.setUsageHelpWidth(WIDTH);
    UsageMessageSpec u = cl.getCommandSpec().usageMessage();
    List<String> paragraphs = paragraphs(u.description());
    if (u.header().length == 0 && !paragraphs.isEmpty()) {
      String first = paragraphs.get(0);
      int end = sentenceEnd(first);
      u.header(first.substring(0, end).strip());
      String rest = first.substring(end).strip();
      if (rest.isEmpty()) {
        paragraphs.remove(0);
      } else {
        paragraphs.set(0, rest);
      }
    }
    u.description(withBreaks(paragraphs));
    for (CommandLine sub : cl.getSubcommands().values()) {
      apply(sub);
    }
    return cl;
  }

  private static List<String> paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.equals("%n")) {
        flush(p, out);
        continue;
      }
      if (!p.isEmpty()) {
        p.append(' ');
      }
      p.append(l);
    }
    flush(p, out);
    return out;
  }

  private static void flush(StringBuilder p, List<String> out) {
    if (!p.isEmpty()) {
      out.add(p.toString());
      p.setLength(0);
    }
  }

  private static String[] withBreaks(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (!out.isEmpty()) {
        out.add("");
      }
      out.add(p);
    }
    return out.toArray(String[]::new);
  }

  /** The end of the first sentence: after a '.' followed by a space, else the end. */
  static int sentenceEnd(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '.' && text.charAt(i + 1) == ' ' && !abbreviation(text, i)) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean abbreviation(String text, int dot) {
    if (dot > 0 && text.charAt(dot - 1) == '.') {
      return true; // an ellipsis: http(s)://... answers
    }
    String before = text.substring(Math.max(0, dot - 4), dot + 1);
    return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("etc.");
  }
}
