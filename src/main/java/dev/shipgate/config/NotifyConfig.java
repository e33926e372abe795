package dev.shipgate.config;

import java.time.Duration;

/**
 * `notify:` where incident notifications go. Webhook URLs, the signing secret and the GitHub token
 * are secrets.
 *
 * @param webhookSecret when set, every generic webhook request carries an HMAC-SHA256 signature
 * @param timeout the most time notifications may take of one command (default 5s)
 */
public record NotifyConfig(
    WebhookTarget slack,
    WebhookTarget webhook,
    Secret webhookSecret,
    Duration timeout,
    GithubNotifyConfig github) {
  public NotifyConfig {
    slack = Immutables.or(slack, WebhookTarget.none());
    webhook = Immutables.or(webhook, WebhookTarget.none());
    webhookSecret = Immutables.or(webhookSecret, Secret.empty());
    timeout = Immutables.or(timeout, Duration.ofSeconds(5));
  }

  static NotifyConfig defaults() {
    return new NotifyConfig(null, null, null, null, null);
  }
}
