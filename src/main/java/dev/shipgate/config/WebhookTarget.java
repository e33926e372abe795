package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * `notify.slack` / `notify.webhook`: a webhook URL (a secret: for Slack the URL is the credential),
 * written either as the URL alone or as {@code {url: URL, baseUrl: http://proxy:8080}}; {@code
 * baseUrl} replaces the URL's scheme, host and port (a proxy, a relay, a local test double) and
 * keeps its path and query.
 */
public record WebhookTarget(Secret url, String baseUrl) {
  public WebhookTarget {
    url = Immutables.or(url, Secret.empty());
  }

  /** The short form: the URL alone. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static WebhookTarget of(String url) {
    return new WebhookTarget(Secret.of(url), null);
  }

  static WebhookTarget none() {
    return new WebhookTarget(null, null);
  }

  public boolean isConfigured() {
    return url.isPresent();
  }
}
