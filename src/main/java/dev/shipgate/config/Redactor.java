package dev.shipgate.config;

import java.util.ArrayList;
import java.util.Collection;
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
 * postgres://user:****@host}).
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

  private final List<String> values;

  private Redactor(List<String> values) {
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.values = List.copyOf(sorted);
  }

  /** A redactor that only masks URL passwords. */
  public static Redactor urlsOnly() {
    return new Redactor(List.of());
  }

  public static Redactor of(ShipgateConfig config, Map<String, String> env) {
    List<String> values = new ArrayList<>();
    for (Secret s : SecretCollector.secrets(config)) {
      add(values, s.reveal());
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (isSecretName(e.getKey()) || config.env().secrets().contains(e.getKey())) {
        add(values, e.getValue());
      }
    }
    return new Redactor(values);
  }

  /** This redactor, also masking {@code more} (values derived from secrets, e.g. a rebased URL). */
  public Redactor with(Collection<String> more) {
    List<String> all = new ArrayList<>(values);
    more.forEach(v -> add(all, v));
    return new Redactor(all);
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
    for (String v : values) {
      out = out.replace(v, MASK);
    }
    return maskUrls(out);
  }

  /** Masks the password of every URL in {@code text} and password= query parameters. */
  public static String maskUrls(String text) {
    if (text == null) {
      return null;
    }
    String out =
        URL_USERINFO
            .matcher(text)
            .replaceAll(
                m -> m.group(3) == null ? m.group(0) : m.group(1) + m.group(2) + ":" + MASK + "@");
    return PASSWORD_PARAM.matcher(out).replaceAll("$1" + MASK);
  }

  private static void add(List<String> values, String v) {
    if (v != null && v.length() >= MIN_SECRET_LENGTH && !values.contains(v)) {
      values.add(v);
      String userinfoPassword = urlPassword(v);
      if (userinfoPassword != null && userinfoPassword.length() >= MIN_SECRET_LENGTH) {
        values.add(userinfoPassword);
      }
    }
  }

  private static String urlPassword(String v) {
    var m = URL_USERINFO.matcher(v);
    return m.find() && m.group(3) != null ? m.group(3).substring(1) : null;
  }
}
