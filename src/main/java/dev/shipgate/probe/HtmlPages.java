package dev.shipgate.probe;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises HTML bodies (login pages, proxy error pages) and reads their {@code <title>}. */
final class HtmlPages {
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final int MAX_TITLE = 100;

  private HtmlPages() {}

  static boolean isHtml(String contentType, String body) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    String start = body.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    return start.startsWith("<");
  }

  static Optional<String> title(String body) {
    Matcher m = TITLE.matcher(body);
    if (!m.find()) {
      return Optional.empty();
    }
    String t = unescape(TAG.matcher(m.group(1)).replaceAll("")).replaceAll("\\s+", " ").strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE - 1) + "…" : t);
  }

  /** "an HTML page titled "Sign in"" or "an HTML page (no title)". */
  static String describe(String body) {
    return title(body)
        .map(t -> "an HTML page titled \"" + t + "\"")
        .orElse("an HTML page (no <title>)");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
