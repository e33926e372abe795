package dev.shipgate.config;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text before it is printed, logged, stored or reported, by value and by
 * structure.
 *
 * <p>By value: every key, token and webhook URL of the config, every variable listed in {@code
 * env.secrets} and every password of a connection URL is masked whatever its length (one of fewer
 * than 4 characters only where it stands alone, not inside a word); a value of several words (a
 * header {@code Bearer TOKEN}) also has each part of 8+ characters masked, and a {@code Basic}
 * credential its decoded password. Environment variables whose names say they are secret (KEY,
 * SECRET, TOKEN, PASSWORD, DSN, CREDENTIAL) are masked only when the value could be a secret: 8+
 * characters ({@code SOME_TOKEN=head}, {@code CACHE_KEY=main} are not), not one plain word ({@code
 * production}) and not a path ({@code SSH_KEY_PATH=/home/ci/.ssh/id}).
 *
 * <p>By structure: the password in any URL's userinfo, even with {@code /}, {@code ?} or {@code @}
 * unencoded ({@code postgres://user:pw@host} becomes {@code postgres://user:****@host}, see {@link
 * UrlUserinfo}), and the value of password and token parameters in a query string or a libpq
 * keyword DSN ({@code password=}, {@code sslpassword=}, {@code token=}, ...). Connection URLs
 * ({@code database.url}, {@code store}, {@code --url}) are shown with only their password masked.
 *
 * <p>Each value is also masked in its JSON-escaped form. {@link #redactExcerpt} also masks every 8+
 * character prefix of a secret, for text a server sent back (a truncated echo of a token).
 * Immutable; {@link #withUrl} and {@link #withSecret} return a new redactor.
 */
public final class Redactor {
  public static final String MASK = "****";
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(KEY|SECRET|TOKEN|PASSWORD|PASSWD|DSN|CREDENTIAL).*");

  /** Names that say where a secret is, not what it is. */
  private static final Pattern LOCATION_NAME = Pattern.compile(".*_(PATH|FILE|DIR|HOME)$");

  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://");
  private static final Pattern SECRET_PARAM =
      Pattern.compile(
          "(?i)(?<=^|[?&;\\s'\"(,])((?:ssl)?password|passwd|pwd|pass|sslkey_?password|secret"
              + "|client_secret|token|access_token|api_?key)=");

  /** A plain word ({@code production}, {@code Disabled}): not a secret, whatever it is called. */
  private static final Pattern WORDS = Pattern.compile("[a-z]+|[A-Z][a-z]+|[A-Z]+");

  /** An absolute or home-relative path of plain segments. */
  private static final Pattern PATH = Pattern.compile("(?:~|\\.{1,2})?(?:/[A-Za-z0-9._@-]+)+/?");

  /** A database kept in a file holds no credentials ({@code sqlite:app.db}). */
  private static final Pattern FILE_DATABASE =
      Pattern.compile("(?i)(?:jdbc:)?(?:sqlite|file):[^@]*");

  /** Heuristic (name-based) values shorter than this are never masked. */
  static final int MIN_GUESSED_LENGTH = 8;

  /** Known secrets shorter than this are masked only where they stand alone. */
  private static final int MIN_SUBSTRING_LENGTH = 4;

  /** Prefixes of at least this many characters are masked in response excerpts. */
  static final int MIN_PREFIX = 8;

  /**
   * Replace every occurrence of {@code value} with {@code replacement}; {@code alone}: only where
   * no letter or digit touches it.
   */
  private record Rule(String value, String replacement, boolean alone) {}

  private final List<Rule> rules;

  private Redactor(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt((Rule r) -> r.value().length()).reversed());
    this.rules = List.copyOf(sorted);
  }

  /** A redactor that only masks by structure (URL passwords, password parameters). */
  public static Redactor urlsOnly() {
    return new Redactor(List.of());
  }

  public static Redactor of(ShipgateConfig config, Map<String, String> env) {
    List<Rule> rules = new ArrayList<>();
    for (Secret s : SecretCollector.connectionUrls(config)) {
      addUrl(rules, s.reveal());
    }
    for (Secret s : SecretCollector.secrets(config)) {
      addKnown(rules, s.reveal());
    }
    for (Secret s : SecretCollector.headers(config)) {
      if (s.reveal().strip().length() >= MIN_SUBSTRING_LENGTH) {
        addKnown(rules, s.reveal());
      }
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (config.env().secrets().contains(e.getKey())) {
        addKnown(rules, e.getValue());
      } else if (isSecretName(e.getKey()) && couldBeSecret(e.getKey(), e.getValue())) {
        add(rules, e.getValue(), MASK);
        addUrlPassword(rules, e.getValue());
      } else if (e.getValue() != null) {
        addUrlPassword(rules, e.getValue(), MIN_SUBSTRING_LENGTH);
      }
    }
    return new Redactor(rules);
  }

  /**
   * This redactor, also masking the value of a request header ({@code Bearer TOKEN}) when it could
   * be a credential (4+ characters).
   */
  public Redactor withHeader(String value) {
    return value == null || value.strip().length() < MIN_SUBSTRING_LENGTH
        ? this
        : withSecret(value);
  }

  /** This redactor, also masking {@code value} (a known secret) wherever it appears. */
  public Redactor withSecret(String value) {
    List<Rule> more = new ArrayList<>(rules);
    addKnown(more, value);
    return new Redactor(more);
  }

  /** This redactor, also showing the connection URL {@code url} with its password masked. */
  public Redactor withUrl(String url) {
    List<Rule> more = new ArrayList<>(rules);
    addUrl(more, url);
    return new Redactor(more);
  }

  /** True for environment variable names that hold secrets by convention. */
  public static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches();
  }

  /**
   * True when the value of a secret-named variable could be a secret: 8+ characters, not plain
   * words, not a path, and the name does not say it is a location ({@code SSH_KEY_PATH}).
   */
  static boolean couldBeSecret(String name, String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return v.length() >= MIN_GUESSED_LENGTH
        && !FILE_DATABASE.matcher(v).matches()
        && !LOCATION_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()
        && !WORDS.matcher(v).matches()
        && !PATH.matcher(v).matches();
  }

  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Rule r : rules) {
      out = r.alone() ? replaceAlone(out, r) : out.replace(r.value(), r.replacement());
    }
    return maskUrls(out);
  }

  /**
   * As {@link #redact}, for text a server sent back (a response body excerpt): also every prefix of
   * 8+ characters of a secret, as a truncated echo of a token shows it.
   */
  public String redactExcerpt(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Rule r : rules) {
      if (r.replacement().equals(MASK) && r.value().length() >= MIN_PREFIX) {
        out = maskPrefixes(out, r.value());
      }
    }
    return redact(out);
  }

  /** Masks each run of {@code text} that is a prefix of {@code secret} of 8+ characters. */
  static String maskPrefixes(String text, String secret) {
    String head = secret.substring(0, MIN_PREFIX);
    int i = text.indexOf(head);
    if (i < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    while (i >= 0) {
      int n = MIN_PREFIX;
      while (n < secret.length()
          && i + n < text.length()
          && text.charAt(i + n) == secret.charAt(n)) {
        n++;
      }
      sb.append(text, copied, i).append(MASK);
      copied = i + n;
      i = text.indexOf(head, copied);
    }
    return sb.append(text, copied, text.length()).toString();
  }

  /** Masks the password of every URL in {@code text} and password/token parameters. */
  public static String maskUrls(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    if (out.indexOf('@') >= 0 && out.contains("://")) {
      out = maskUserinfo(out);
    }
    return out.indexOf('=') >= 0 ? maskParams(out) : out;
  }

  private static String maskUserinfo(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    Matcher m = SCHEME.matcher(text);
    int copied = 0;
    int from = 0;
    while (m.find(from)) {
      int start = m.end();
      int end = tokenEnd(text, start);
      int at = UrlUserinfo.lastAt(text, start, end);
      int colon = at < 0 ? -1 : text.indexOf(':', start);
      if (at >= 0 && colon >= 0 && colon < at) {
        sb.append(text, copied, colon + 1).append(MASK);
        copied = at;
      }
      from = Math.max(end, start);
      if (from >= text.length()) {
        break;
      }
    }
    return sb.append(text, copied, text.length()).toString();
  }

  /** A URL in running text ends at white space or a quote. */
  private static int tokenEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`' || c == '<' || c == '>') {
        return i;
      }
    }
    return s.length();
  }

  private static String maskParams(String text) {
    Matcher m = SECRET_PARAM.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    while (m.find()) {
      int v = m.end();
      int end = paramValueEnd(text, v);
      if (end == v) {
        continue; // an empty value hides nothing
      }
      sb.append(text, copied, v).append(MASK);
      copied = end;
    }
    return copied == 0 ? text : sb.append(text, copied, text.length()).toString();
  }

  /**
   * A value ends at {@code &}, {@code ;}, white space or a quote; a 'quoted value' at its quote.
   */
  private static int paramValueEnd(String s, int from) {
    if (from < s.length() && s.charAt(from) == '\'') {
      for (int i = from + 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '\'') {
          return i + 1;
        }
      }
      return s.length();
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' || c == ';' || c == '\'' || c == '"' || Character.isWhitespace(c)) {
        return i;
      }
    }
    return s.length();
  }

  /** A known secret: masked whatever its length; its parts and its Basic password too. */
  private static void addKnown(List<Rule> rules, String v) {
    if (v == null || v.isBlank()) {
      return;
    }
    String[] parts = v.strip().split("\\s+");
    boolean scheme = parts.length == 2 && parts[0].matches("[A-Za-z]{2,12}");
    // an Authorization value reads "Bearer ****": the scheme is no secret
    add(rules, v, scheme ? parts[0] + " " + MASK : MASK);
    if (parts.length > 1) {
      for (String p : parts) {
        if (p.length() >= MIN_PREFIX) {
          add(rules, p, MASK);
        }
      }
      if (parts.length == 2 && parts[0].equalsIgnoreCase("basic")) {
        addBasic(rules, parts[1]);
      }
    }
    addUrlPassword(rules, v);
  }

  private static void addBasic(List<Rule> rules, String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon >= 0 && colon < decoded.length() - 1) {
        add(rules, decoded.substring(colon + 1), MASK);
      }
    } catch (IllegalArgumentException e) {
      // not base64: the whole value is masked already
    }
  }

  private static void addUrl(List<Rule> rules, String url) {
    if (url == null || url.isBlank()) {
      return;
    }
    String shown = maskUrls(url);
    if (!shown.equals(url)) {
      add(rules, url, shown);
    }
    addUrlPassword(rules, url);
  }

  /** The userinfo password and password/token parameters of a URL or DSN, as known secrets. */
  private static void addUrlPassword(List<Rule> rules, String v) {
    addUrlPassword(rules, v, 1);
  }

  /**
   * As above, for a value that merely holds a URL (any environment variable): only passwords of
   * {@code minLength}+ characters, so a one-letter password does not mask every "a".
   */
  private static void addUrlPassword(List<Rule> rules, String v, int minLength) {
    String password = urlPassword(v);
    if (password != null && password.length() >= minLength) {
      add(rules, password, MASK);
    }
    for (String p : paramValues(v)) {
      if (p.length() >= minLength) {
        add(rules, p, MASK);
      }
    }
  }

  /** Adds the rule for {@code value} and for its JSON-escaped form when that differs. */
  private static void add(List<Rule> rules, String value, String replacement) {
    if (value.isEmpty() || rules.stream().anyMatch(r -> r.value().equals(value))) {
      return;
    }
    boolean alone = value.length() < MIN_SUBSTRING_LENGTH;
    rules.add(new Rule(value, replacement, alone));
    String escaped = jsonEscaped(value);
    if (!escaped.equals(value)) {
      rules.add(new Rule(escaped, jsonEscaped(replacement), alone));
    }
    String decoded = percentDecoded(value);
    if (decoded != null && !decoded.equals(value) && replacement.equals(MASK)) {
      rules.add(new Rule(decoded, MASK, decoded.length() < MIN_SUBSTRING_LENGTH));
    }
  }

  private static String replaceAlone(String text, Rule r) {
    String v = r.value();
    int i = text.indexOf(v);
    if (i < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    while (i >= 0) {
      int end = i + v.length();
      boolean alone =
          (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
              && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (alone) {
        sb.append(text, copied, i).append(r.replacement());
        copied = end;
      }
      i = text.indexOf(v, end);
    }
    return sb.append(text, copied, text.length()).toString();
  }

  private static String jsonEscaped(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  private static String percentDecoded(String s) {
    if (s.indexOf('%') < 0) {
      return null;
    }
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The password in the userinfo of the URL {@code v} (by {@link UrlUserinfo}), or null. */
  static String urlPassword(String v) {
    Matcher m = SCHEME.matcher(v);
    if (!m.find()) {
      return null;
    }
    int start = m.end();
    int end = tokenEnd(v, start);
    int at = UrlUserinfo.lastAt(v, start, end);
    int colon = at < 0 ? -1 : v.indexOf(':', start);
    if (at < 0 || colon < 0 || colon >= at - 1) {
      return null;
    }
    return v.substring(colon + 1, at);
  }

  private static List<String> paramValues(String v) {
    List<String> out = new ArrayList<>();
    if (v.indexOf('=') < 0) {
      return out;
    }
    Matcher m = SECRET_PARAM.matcher(v);
    while (m.find()) {
      int end = paramValueEnd(v, m.end());
      String value = v.substring(m.end(), end);
      if (value.length() > 1 && value.startsWith("'") && value.endsWith("'")) {
        value = value.substring(1, value.length() - 1).replace("\\'", "'").replace("\\\\", "\\");
      }
      if (!value.isEmpty()) {
        out.add(value);
      }
    }
    return out;
  }
}
