package dev.shipgate.migrations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration version: numeric parts separated by '.' or '_' and an optional letter suffix. Parts
 * compare numerically ({@code 1.9 < 1.10}, {@code 2 < 10}), trailing zero parts are ignored ({@code
 * 1.0 == 1}, as Flyway does), then the suffix ({@code 17 < 17b < 18}).
 */
public final class Version implements Comparable<Version> {
  private static final Pattern SYNTAX = Pattern.compile("(\\d+(?:[._]\\d+)*)([A-Za-z]*)");
  private static final Pattern SEPARATOR = Pattern.compile("[._]");

  private final String text;
  private final List<BigInteger> parts;
  private final String suffix;
  private final String canonical;

  private Version(String text, List<BigInteger> parts, String suffix) {
    this.text = text;
    this.parts = parts;
    this.suffix = suffix;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i == 0 ? "" : ".").append(parts.get(i));
    }
    this.canonical = sb.append(suffix).toString();
  }

  /**
   * @throws IllegalArgumentException when {@code text} is not a version
   */
  public static Version parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a version: " + text);
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String p : SEPARATOR.split(m.group(1))) {
      parts.add(new BigInteger(p));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return new Version(text, List.copyOf(parts), m.group(2).toLowerCase(Locale.ROOT));
  }

  public static boolean isVersion(String text) {
    return SYNTAX.matcher(text).matches();
  }

  /** How many digits a file name starts with ({@code 017_x.sql} → 3). */
  public static int leadingDigits(String name) {
    int i = 0;
    while (i < name.length() && Character.isDigit(name.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The version as written in the file name ({@code 17b}, {@code 1.10}). */
  public String text() {
    return text;
  }

  /** The normalised form: parts joined by '.', then the lower-case suffix. */
  public String canonical() {
    return canonical;
  }

  public List<BigInteger> parts() {
    return parts;
  }

  public String suffix() {
    return suffix;
  }

  /** True for a plain integer without suffix (e.g. {@code 17}, not {@code 1.2} or {@code 17b}). */
  public boolean isSimpleInteger() {
    return parts.size() == 1 && suffix.isEmpty();
  }

  /** The first numeric part (the number of a numbered migration). */
  public BigInteger major() {
    return parts.get(0);
  }

  @Override
  public int compareTo(Version o) {
    int n = Math.max(parts.size(), o.parts.size());
    for (int i = 0; i < n; i++) {
      BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger b = i < o.parts.size() ? o.parts.get(i) : BigInteger.ZERO;
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return suffix.compareTo(o.suffix);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Version v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
