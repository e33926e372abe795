package dev.shipgate.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The one-line message of a usage error, safe to print: picocli quotes the arguments it did not
 * understand ({@code Unmatched argument at index 3: 'sk_live_...'}), and an argument may be a
 * secret typed in the wrong place. Every argument that is not plainly a word, a number, a duration
 * or an option name is replaced by {@code ****} before the message leaves this class; the output
 * boundary then masks the secrets it knows on top.
 */
final class UsageErrors {
  static final String HIDDEN = "****";

  /** Option names, sub-command names, plain words: shown. */
  private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][A-Za-z-]{0,39}");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z-]{0,23}");
  private static final Pattern NUMBER_OR_DURATION = Pattern.compile("-?[0-9]{1,9}(ms|s|m|h|d)?");

  private UsageErrors() {}

  /** picocli's message with every argument that might be a secret masked. */
  static String message(CommandLine.ParameterException ex, String[] args) {
    return scrub(firstLine(ex.getMessage()), args);
  }

  /** {@code message} with every argument of {@code args} that might be a secret masked. */
  static String scrub(String message, String[] args) {
    List<String> hidden = new ArrayList<>(unsafeParts(args));
    hidden.sort(Comparator.comparingInt(String::length).reversed());
    for (String h : hidden) {
      message = message.replace("'" + h + "'", "'" + HIDDEN + "'");
      if (h.length() >= 6) {
        message = message.replace(h, HIDDEN);
      }
    }
    return message;
  }

  /** picocli's "did you mean" list: names from the command tree, so safe, but checked anyway. */
  static List<String> suggestions(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
      return List.of();
    }
    return u.getSuggestions().stream().filter(UsageErrors::safe).limit(5).toList();
  }

  private static Set<String> unsafeParts(String[] args) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.startsWith("-") && eq > 0) {
        addIfUnsafe(out, a.substring(0, eq));
        addIfUnsafe(out, a.substring(eq + 1));
        addIfUnsafe(out, a);
      } else {
        addIfUnsafe(out, a);
      }
    }
    return out;
  }

  private static void addIfUnsafe(Set<String> out, String part) {
    if (!part.isEmpty() && !safe(part)) {
      out.add(part);
    }
  }

  /** True for what cannot be a secret: an option name, a short plain word, a number or duration. */
  static boolean safe(String s) {
    return OPTION.matcher(s).matches()
        || WORD.matcher(s).matches()
        || NUMBER_OR_DURATION.matcher(s).matches();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid arguments";
    }
    return s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(s.strip());
  }
}
