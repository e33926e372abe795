package dev.shipgate.config;

/**
 * `notify.github:` one comment per incident on an issue of a repository, edited in place on later
 * transitions.
 *
 * @param baseUrl the API base ({@code https://api.github.com}; GitHub Enterprise: {@code
 *     https://HOST/api/v3})
 */
public record GithubNotifyConfig(String repo, Integer issue, Secret token, String baseUrl) {
  public static final String DEFAULT_BASE_URL = "https://api.github.com";

  public GithubNotifyConfig {
    token = Immutables.or(token, Secret.empty());
    baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
  }
}
