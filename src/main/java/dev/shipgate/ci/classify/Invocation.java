package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Peels what wraps the real command: variable assignments, {@code sudo}, {@code env}, {@code
 * timeout 10m}, {@code xvfb-run}, {@code npx}, {@code poetry run}, {@code bundle exec}, {@code
 * python -m}, secret injectors ({@code doppler run --}). {@code bash -c '...'} and {@code eval}
 * hand back their inline script, to be parsed and classified in turn.
 */
final class Invocation {
  /** The real command's words, or inline script text to classify instead. */
  record Unwrapped(List<String> words, String inline) {}

  private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh");
  private static final Set<String> PYTHONS = Set.of("python", "python3", "py", "python2", "pypy3");
  private static final Set<String> PASS_THROUGH =
      Set.of("time", "nohup", "exec", "unbuffer", "chronic", "caffeinate", "builtin", "stdbuf");

  private static final Pattern PYTHON_VERSIONED = Pattern.compile("python3\\.\\d+");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=.*");

  private Invocation() {}

  static Unwrapped strip(List<String> input) {
    List<String> w = new ArrayList<>(input);
    for (int round = 0; round < 12 && !w.isEmpty(); round++) {
      dropAssignments(w);
      if (w.isEmpty()) {
        break;
      }
      String base = Programs.baseName(w.get(0));
      String next = w.size() > 1 ? w.get(1) : "";
      if (PASS_THROUGH.contains(base) && w.size() > 1) {
        w.remove(0);
        dropFlags(w, Set.of());
      } else if (base.equals("sudo")) {
        w.remove(0);
        dropFlags(w, Set.of("-u", "-g", "-C", "-h", "-p", "-U"));
      } else if (base.equals("env")) {
        w.remove(0);
        dropFlags(w, Set.of("-u", "-C", "-S"));
      } else if (base.equals("nice")) {
        w.remove(0);
        dropFlags(w, Set.of("-n"));
      } else if (base.equals("timeout") || base.equals("gtimeout")) {
        w.remove(0);
        dropFlags(w, Set.of("-s", "-k", "--signal", "--kill-after"));
        if (!w.isEmpty()) {
          w.remove(0); // the duration
        }
      } else if (base.equals("xvfb-run")) {
        w.remove(0);
        dropFlags(w, Set.of("-s", "-n", "-e", "-f", "-p", "--server-args", "--server-num"));
      } else if (base.equals("retry")) {
        w.remove(0);
        dropThroughDashes(w, Set.of("-t", "--times", "-d", "--delay", "-n"));
      } else if (Set.of("npx", "bunx", "pnpx").contains(base)) {
        w.remove(0);
        if (!w.isEmpty() && (w.get(0).equals("-c") || w.get(0).equals("--call")) && w.size() > 1) {
          return new Unwrapped(List.of(), w.get(1));
        }
        dropFlags(w, Set.of("-p", "--package"));
        stripPackageVersion(w);
      } else if ((base.equals("pnpm") || base.equals("yarn"))
              && Set.of("exec", "dlx").contains(next)
          || base.equals("npm") && next.equals("exec")) {
        w.subList(0, 2).clear();
        dropFlags(w, Set.of("-p", "--package", "-c"));
        dropDashes(w);
        stripPackageVersion(w);
      } else if (Set.of("poetry", "pipenv", "uv", "pdm", "rye", "bundle").contains(base)
          && Set.of("run", "exec").contains(next)) {
        w.subList(0, 2).clear();
        dropFlags(
            w,
            Set.of(
                "--with",
                "--extra",
                "--group",
                "--python",
                "-p",
                "--package",
                "--env-file",
                "--directory",
                "--project",
                "-C"));
        dropDashes(w);
      } else if (Set.of("conda", "mamba", "micromamba").contains(base) && next.equals("run")) {
        w.subList(0, 2).clear();
        dropFlags(w, Set.of("-n", "--name", "-p", "--prefix", "--cwd"));
      } else if (Set.of("dotenv", "doppler", "op", "infisical", "aws-vault", "with-contenv")
          .contains(base)) {
        if (!dropThroughDashes(w, Set.of())) {
          break;
        }
      } else if (Set.of("nyc", "c8").contains(base)
          && !Set.of("report", "check-coverage", "merge", "instrument").contains(next)) {
        w.remove(0);
        dropFlags(w, Set.of());
      } else if (PYTHONS.contains(base) || PYTHON_VERSIONED.matcher(base).matches()) {
        w.remove(0);
        dropFlags(w, Set.of("-W", "-X", "-Q"));
        if (w.isEmpty()) {
          break;
        }
        if (w.get(0).equals("-m") && w.size() > 1) {
          w.remove(0);
        } else if (w.get(0).equals("-c")) {
          return new Unwrapped(List.of("python-inline"), null);
        }
      } else if (SHELLS.contains(base)) {
        w.remove(0);
        String inline = shellInline(w);
        if (inline != null) {
          return new Unwrapped(List.of(), inline);
        }
        if (w.isEmpty()) {
          break;
        }
      } else if (base.equals("eval") && w.size() > 1) {
        return new Unwrapped(List.of(), String.join(" ", w.subList(1, w.size())));
      } else if ((base.equals(".") || base.equals("source")) && w.size() > 1) {
        w.remove(0);
      } else {
        break;
      }
    }
    return new Unwrapped(w, null);
  }

  /** After the shell name: returns the {@code -c} script, or drops options up to the file. */
  private static String shellInline(List<String> w) {
    while (!w.isEmpty() && w.get(0).startsWith("-")) {
      String flag = w.remove(0);
      if (flag.equals("-c") || flag.matches("-[a-z]*c")) {
        return w.isEmpty() ? "" : w.get(0);
      }
      if ((flag.equals("-o") || flag.equals("+o")) && !w.isEmpty()) {
        w.remove(0);
      }
    }
    return null;
  }

  private static void dropAssignments(List<String> w) {
    while (!w.isEmpty() && ASSIGNMENT.matcher(w.get(0)).matches()) {
      w.remove(0);
    }
  }

  /** Drops leading options; those in {@code valued} also drop their separate value. */
  static void dropFlags(List<String> w, Set<String> valued) {
    while (!w.isEmpty() && w.get(0).startsWith("-") && !w.get(0).equals("--")) {
      String flag = w.remove(0);
      if (valued.contains(flag) && !w.isEmpty()) {
        w.remove(0);
      }
    }
    dropAssignments(w);
  }

  private static void dropDashes(List<String> w) {
    if (!w.isEmpty() && w.get(0).equals("--")) {
      w.remove(0);
    }
  }

  /** Drops everything through {@code --}; false when there is no {@code --}. */
  private static boolean dropThroughDashes(List<String> w, Set<String> valued) {
    int dashes = w.indexOf("--");
    if (dashes < 0) {
      if (valued.isEmpty()) {
        return false;
      }
      w.remove(0);
      dropFlags(w, valued);
      return true;
    }
    w.subList(0, dashes + 1).clear();
    return true;
  }

  private static void stripPackageVersion(List<String> w) {
    if (w.isEmpty()) {
      return;
    }
    String pkg = w.get(0);
    int at = pkg.lastIndexOf('@');
    if (at > 0) {
      pkg = pkg.substring(0, at);
    }
    if (pkg.startsWith("@") && pkg.contains("/")) {
      String scope = pkg.substring(1, pkg.indexOf('/'));
      String name = pkg.substring(pkg.indexOf('/') + 1);
      pkg = name.equals("cli") || name.equals("test") ? scope : name;
    }
    w.set(0, pkg.toLowerCase(Locale.ROOT));
  }
}
