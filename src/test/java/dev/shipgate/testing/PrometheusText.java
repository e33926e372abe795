package dev.shipgate.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format (version 0.0.4): HELP and TYPE lines,
 * samples with escaped label values, float values (NaN, +Inf, -Inf), optional timestamps; a
 * family's TYPE before its samples and its samples together. Anything else is an error.
 */
public final class PrometheusText {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");
  private static final List<String> SUFFIXES = List.of("_count", "_sum", "_bucket", "_max");

  /** One sample. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private PrometheusText() {}

  public static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    Map<String, String> types = new HashMap<>();
    Set<String> closed = new HashSet<>();
    String current = null;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] p = line.split(" ", 4);
        if (p.length >= 3 && (p[1].equals("HELP") || p[1].equals("TYPE"))) {
          require(NAME.matcher(p[2]).matches(), lineNo, "bad metric name " + p[2]);
          if (p[1].equals("TYPE")) {
            require(p.length == 4 && TYPES.contains(p[3]), lineNo, "bad type in " + line);
            require(types.put(p[2], p[3]) == null, lineNo, "second TYPE for " + p[2]);
          }
          if (!p[2].equals(current)) {
            if (current != null) {
              closed.add(current);
            }
            require(!closed.contains(p[2]), lineNo, p[2] + " is split in two");
            current = p[2];
          }
        }
        continue;
      }
      Sample s = sample(line, lineNo);
      String family = family(s.name(), types);
      if (!family.equals(current)) {
        if (current != null) {
          closed.add(current);
        }
        require(!closed.contains(family), lineNo, family + " is split in two");
        current = family;
      }
      samples.add(s);
    }
    return samples;
  }

  private static String family(String name, Map<String, String> types) {
    if (types.containsKey(name)) {
      return name;
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        String base = name.substring(0, name.length() - suffix.length());
        if (types.containsKey(base)) {
          return base;
        }
      }
    }
    return name;
  }

  private static Sample sample(String line, int lineNo) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
      i++;
    }
    String name = line.substring(0, i);
    require(NAME.matcher(name).matches(), lineNo, "bad metric name '" + name + "'");
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i++;
      while (line.charAt(i) != '}') {
        int eq = line.indexOf('=', i);
        require(eq > i, lineNo, "label without '='");
        String label = line.substring(i, eq);
        require(LABEL.matcher(label).matches(), lineNo, "bad label name '" + label + "'");
        require(line.charAt(eq + 1) == '"', lineNo, "label value not quoted");
        StringBuilder v = new StringBuilder();
        int j = eq + 2;
        while (line.charAt(j) != '"') {
          char c = line.charAt(j);
          if (c == '\\') {
            char n = line.charAt(++j);
            require(n == '\\' || n == '"' || n == 'n', lineNo, "bad escape \\" + n);
            v.append(n == 'n' ? '\n' : n);
          } else {
            v.append(c);
          }
          j++;
        }
        require(labels.put(label, v.toString()) == null, lineNo, "label twice: " + label);
        i = j + 1;
        if (line.charAt(i) == ',') {
          i++;
        }
      }
      i++;
    }
    require(i < line.length() && line.charAt(i) == ' ', lineNo, "no value");
    String[] rest = line.substring(i + 1).split(" ");
    require(rest.length == 1 || rest.length == 2, lineNo, "extra fields");
    double value =
        switch (rest[0]) {
          case "NaN" -> Double.NaN;
          case "+Inf" -> Double.POSITIVE_INFINITY;
          case "-Inf" -> Double.NEGATIVE_INFINITY;
          default -> Double.parseDouble(rest[0]);
        };
    if (rest.length == 2) {
      Long.parseLong(rest[1]);
    }
    return new Sample(name, labels, value);
  }

  private static void require(boolean ok, int line, String what) {
    if (!ok) {
      throw new IllegalArgumentException("line " + line + ": " + what);
    }
  }

  /** The value of the one sample named {@code name} whose labels include {@code labels}. */
  public static double value(List<Sample> samples, String name, Map<String, String> labels) {
    List<Sample> m =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    if (m.size() != 1) {
      throw new IllegalArgumentException(
          m.size() + " samples of " + name + labels + " in " + samples.size());
    }
    return m.getFirst().value();
  }
}
