package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {
  @Test
  void masksUrlPasswordsButKeepsUserAndHost() {
    assertThat(Redactor.maskUrls("connect postgres://app:s3cret@db:5432/app failed"))
        .isEqualTo("connect postgres://app:****@db:5432/app failed");
    assertThat(Redactor.maskUrls("jdbc:postgresql://db/app?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=a&password=****&ssl=true");
    assertThat(Redactor.maskUrls("https://example.org/x")).isEqualTo("https://example.org/x");
  }

  @Test
  void masksEveryConfiguredSecretAndSecretNamedEnvironmentValues(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(
        file,
        """
        env: {secrets: [OPAQUE]}
        externals:
          - {name: stripe, type: stripe, key: "${STRIPE_SECRET_KEY}"}
        server: {adminToken: admin-canary-1}
        """);
    Map<String, String> env =
        Map.of(
            "STRIPE_SECRET_KEY",
            "sk_canary_42",
            "OPAQUE",
            "opaque-canary",
            "HOME",
            "/root",
            "MY_PASSWORD",
            "pw-canary");
    ShipgateConfig c = new ConfigLoader(env::get).loadFile(file);
    Redactor r = Redactor.of(c, env);
    String text = "sk_canary_42 admin-canary-1 opaque-canary pw-canary /root";
    assertThat(r.redact(text)).isEqualTo("**** **** **** **** /root");
  }

  @Test
  void recognisesSecretNames() {
    assertThat(Redactor.isSecretName("STRIPE_SECRET_KEY")).isTrue();
    assertThat(Redactor.isSecretName("github_token")).isTrue();
    assertThat(Redactor.isSecretName("SENTRY_DSN")).isTrue();
    assertThat(Redactor.isSecretName("PATH")).isFalse();
  }
}
