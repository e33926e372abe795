package dev.shipgate.config;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks secret values in any text before it is printed, logged, stored or reported. It knows the
 * values of every {@link Secret} in the config, of environment variables whose names say they are
 * secret (KEY, SECRET, TOKEN, PASSWORD, DSN) or are listed in `env.secrets`, and it masks the
 * password in any URL's userinfo ({@code postgres://user:pw@host} becomes {@code
 * postgres://user:****@host}). Connection URLs ({@code database.url}, {@code store}, {@code --url})
 * are shown with only their password masked. Each value is also masked in its JSON-escaped form, so
 * a JSON document cannot carry it past the redactor. Immutable; {@link #withUrl} and {@link
 * #withSecret} return a new redactor.
 */
public final class Redactor {
  public static final String MASK = "****";
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(KEY|SECRET|TOKEN|PASSWORD|PASSWD|DSN|CREDENTIAL).*");
  private static final Pattern URL_USERINFO =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@\\s:]+)(:[^/@\\s]*)?@");
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&;](?:password|pwd|pass)=)[^&;\\s]*");
  private static final int MIN_SECRET_LENGTH = 4;

  /** Replace every occurrence of {@code value} with {@code replacement}. */
  private record Rule(String value, String replacement) {}

  private final List<Rule> rules;

  private Redactor(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt((Rule r) -> r.value().length()).reversed());
    this.rules = List.copyOf(sorted);
  }

  /** A redactor that only masks URL passwords. */
  public static Redactor urlsOnly() {
    return new Redactor(List.of());
  }

  public static Redactor of(ShipgateConfig config, Map<String, String> env) {
    List<Rule> rules = new ArrayList<>();
    for (Secret s : SecretCollector.connectionUrls(config)) {
      addUrl(rules, s.reveal());
    }
    for (Secret s : SecretCollector.secrets(config)) {
      addSecret(rules, s.reveal());
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (isSecretName(e.getKey()) || config.env().secrets().contains(e.getKey())) {
        addSecret(rules, e.getValue());
      }
    }
    return new Redactor(rules);
  }

  /** This redactor, also masking {@code value} wherever it appears. */
  public Redactor withSecret(String value) {
    List<Rule> more = new ArrayList<>(rules);
    addSecret(more, value);
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

  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Rule r : rules) {
      out = out.replace(r.value(), r.replacement());
    }
    return maskUrls(out);
  }

  /** Masks the password of every URL in {@code text} and password= query parameters. */
  public static String maskUrls(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    if (out.indexOf('@') >= 0 && out.contains("://")) {
      out =
          URL_USERINFO
              .matcher(out)
              .replaceAll(
                  m ->
                      m.group(3) == null ? m.group(0) : m.group(1) + m.group(2) + ":" + MASK + "@");
    }
    return out.indexOf('=') >= 0 ? PASSWORD_PARAM.matcher(out).replaceAll("$1" + MASK) : out;
  }

  private static void addSecret(List<Rule> rules, String v) {
    if (v == null || v.length() < MIN_SECRET_LENGTH) {
      return;
    }
    add(rules, v, MASK);
    String password = urlPassword(v);
    if (password != null) {
      add(rules, password, MASK);
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
    String password = urlPassword(url);
    if (password == null) {
      password = paramPassword(url);
    }
    if (password != null) {
      add(rules, password, MASK);
    }
  }

  /** Adds the rule for {@code value} and for its JSON-escaped form when that differs. */
  private static void add(List<Rule> rules, String value, String replacement) {
    if (value.length() < MIN_SECRET_LENGTH
        || rules.stream().anyMatch(r -> r.value().equals(value))) {
      return;
    }
    rules.add(new Rule(value, replacement));
    String escaped = jsonEscaped(value);
    if (!escaped.equals(value)) {
      rules.add(new Rule(escaped, jsonEscaped(replacement)));
    }
  }

  private static String jsonEscaped(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  private static String urlPassword(String v) {
    var m = URL_USERINFO.matcher(v);
    return m.find() && m.group(3) != null && m.group(3).length() > 1
        ? m.group(3).substring(1)
        : null;
  }

  private static String paramPassword(String v) {
    var m = PASSWORD_PARAM.matcher(v);
    if (!m.find()) {
      return null;
    }
    String value = v.substring(m.end(1), m.end());
    return value.isEmpty() ? null : value;
  }
}
