package dev.shipgate.config;

/** `notify.github:` comment on an issue of a repository. */
public record GithubNotifyConfig(String repo, Integer issue, Secret token) {
  public GithubNotifyConfig {
    token = Immutables.or(token, Secret.empty());
  }
}
