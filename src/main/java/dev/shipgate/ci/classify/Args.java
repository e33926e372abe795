package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Positional arguments of a command line, skipping options (and the values of valued options). */
final class Args {
  private Args() {}

  static List<String> positionals(List<String> args, Set<String> valued) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        out.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("-")) {
        if (valued.contains(a)) {
          i++;
        }
        continue;
      }
      out.add(a);
    }
    return out;
  }

  static String first(List<String> args, Set<String> valued) {
    List<String> p = positionals(args, valued);
    return p.isEmpty() ? "" : p.get(0);
  }

  static String second(List<String> args, Set<String> valued) {
    List<String> p = positionals(args, valued);
    return p.size() < 2 ? "" : p.get(1);
  }

  /** True when any argument is one of {@code words}. */
  static boolean any(List<String> args, Set<String> words) {
    return args.stream().anyMatch(words::contains);
  }

  /** The arguments after the first occurrence of {@code marker}, or empty. */
  static List<String> after(List<String> args, String marker) {
    int i = args.indexOf(marker);
    return i < 0 ? List.of() : args.subList(i + 1, args.size());
  }

  /**
   * The arguments after {@code skip} leading positionals (container, host, image), options before
   * them skipped; what follows is returned as written, options included.
   */
  static List<String> rest(List<String> args, Set<String> valued, int skip) {
    int seen = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (seen == skip) {
        return args.subList(i, args.size());
      }
      if (a.equals("--")) {
        continue;
      }
      if (a.startsWith("-")) {
        if (valued.contains(a)) {
          i++;
        }
        continue;
      }
      seen++;
    }
    return List.of();
  }
}
