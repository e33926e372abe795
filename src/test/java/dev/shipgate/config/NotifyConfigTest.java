package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `incidents:` and `notify:`: both forms of a webhook, defaults, and file:line errors. */
class NotifyConfigTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  private ShipgateConfig load(String yaml) throws IOException {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader(env::get).loadFile(file);
  }

  private ShipgateException failure(String yaml) {
    try {
      load(yaml);
    } catch (ShipgateException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the config to be rejected");
  }

  @Test
  void defaultsAreThirtyMinutesNinetyDaysAndFiveSeconds() throws IOException {
    ShipgateConfig c = load("version: 1\n");
    assertThat(c.incidents().reopenWindow()).isEqualTo(Duration.ofMinutes(30));
    assertThat(c.incidents().keepDays()).isEqualTo(90);
    assertThat(c.notifications().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.notifications().slack().isConfigured()).isFalse();
    assertThat(c.store().reveal()).isEqualTo("sqlite:.shipgate/shipgate.db");
  }

  @Test
  void aWebhookIsAUrlOrAMappingWithBaseUrlAndIsASecret() throws IOException {
    env.put("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T1/B2/abcdef");
    ShipgateConfig c =
        load(
            "version: 1\n"
                + "incidents: {reopenWindow: 10m, keepDays: 7}\n"
                + "notify:\n"
                + "  slack: ${SLACK_WEBHOOK_URL}\n"
                + "  webhook: {url: \"https://hooks.example.org/x?sig=abcd\", baseUrl: \"http://127.0.0.1:8080\"}\n"
                + "  webhookSecret: s3cr3t-value\n"
                + "  timeout: 2s\n"
                + "  github: {repo: acme/shop, issue: 52, token: tok-12345, baseUrl: \"https://ghe.example.org/api/v3\"}\n");
    assertThat(c.incidents().reopenWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.incidents().keepDays()).isEqualTo(7);
    assertThat(c.notifications().slack().url().reveal()).endsWith("/abcdef");
    assertThat(c.notifications().slack().baseUrl()).isNull();
    assertThat(c.notifications().webhook().baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(c.notifications().timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.notifications().github().baseUrl()).isEqualTo("https://ghe.example.org/api/v3");
    assertThat(c.notifications().toString()).doesNotContain("abcdef", "s3cr3t", "tok-12345");
    Redactor r = Redactor.of(c, env);
    assertThat(
            r.redact(
                "slack https://hooks.slack.com/services/T1/B2/abcdef hook"
                    + " https://hooks.example.org/x?sig=abcd with s3cr3t-value and tok-12345"))
        .doesNotContain("abcdef", "sig=abcd", "s3cr3t-value", "tok-12345");
  }

  @Test
  void anUnsetWebhookVariableLeavesTheDestinationOff() throws IOException {
    ShipgateConfig c = load("version: 1\nnotify:\n  slack: ${SLACK_WEBHOOK_URL}\n");
    assertThat(c.notifications().slack().isConfigured()).isFalse();
  }

  @Test
  void aWebhookThatIsNotAUrlIsRejectedWithoutEchoingIt() {
    ShipgateException e = failure("version: 1\nnotify:\n  slack: not-a-url-secret\n");
    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
    assertThat(e.getMessage())
        .contains("shipgate.yaml:3:")
        .contains("'notify.slack' must be an http(s) URL")
        .doesNotContain("not-a-url-secret");
  }

  @Test
  void aBadBaseUrlNamesItsKeyAndLine() {
    assertThat(
            failure(
                    "version: 1\nnotify:\n  webhook:\n    url: https://a.example/x\n    baseUrl: ftp://x\n")
                .getMessage())
        .contains(":5:")
        .contains("'notify.webhook.baseUrl' must be an http(s) URL");
  }

  @Test
  void githubNeedsAnIssueNumberAndOwnerSlashName() {
    assertThat(failure("version: 1\nnotify:\n  github: {repo: acme/shop, token: t}\n").getMessage())
        .contains(":3:")
        .contains("'notify.github.issue' is required");
    assertThat(failure("version: 1\nnotify:\n  github: {repo: shop, issue: 1}\n").getMessage())
        .contains("'notify.github.repo' must be owner/name");
  }

  @Test
  void theNotifyTimeoutMustBePositiveAndAtMostOneMinute() {
    assertThat(failure("version: 1\nnotify:\n  timeout: 5m\n").getMessage())
        .contains(":3:")
        .contains("'notify.timeout' must be more than 0 and at most 1m");
  }

  @Test
  void keepDaysBelowOneIsRejected() {
    assertThat(failure("version: 1\nincidents:\n  keepDays: 0\n").getMessage())
        .contains(":3:")
        .contains("'incidents.keepDays' must be at least 1");
  }

  @Test
  void unknownIncidentsKeysAreRejected() {
    assertThat(failure("version: 1\nincidents:\n  reopenWindw: 5m\n").getMessage())
        .contains(":3:")
        .contains("unknown key 'incidents.reopenWindw'");
  }
}
