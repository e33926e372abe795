package dev.shipgate.config;

/** `notify:` where notifications go. Webhook URLs are secrets. */
public record NotifyConfig(Secret slack, Secret webhook, GithubNotifyConfig github) {
  public NotifyConfig {
    slack = Immutables.or(slack, Secret.empty());
    webhook = Immutables.or(webhook, Secret.empty());
  }

  static NotifyConfig defaults() {
    return new NotifyConfig(null, null, null);
  }
}
