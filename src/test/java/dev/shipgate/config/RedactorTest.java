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

  @Test
  void urlPasswordsWithUnencodedSlashQuestionMarkOrAtAreMaskedWhole() {
    assertThat(Redactor.maskUrls("cannot connect to postgres://u:CAN/ARY@db:5432/app: refused"))
        .isEqualTo("cannot connect to postgres://u:****@db:5432/app: refused");
    assertThat(Redactor.maskUrls("postgresql://u:CANARY?x@db/app"))
        .isEqualTo("postgresql://u:****@db/app");
    assertThat(Redactor.maskUrls("'postgres://u:CAN@ARY@db/app'"))
        .isEqualTo("'postgres://u:****@db/app'");
    assertThat(Redactor.maskUrls("Unable to parse URL jdbc:postgresql://u:CAN/ARY@db/app"))
        .isEqualTo("Unable to parse URL jdbc:postgresql://u:****@db/app");
    assertThat(Redactor.maskUrls("postgres://u:p@db:x1/app"))
        .isEqualTo("postgres://u:****@db:x1/app");
    assertThat(Redactor.maskUrls("see https://example.org/a@b and postgres://db/app"))
        .isEqualTo("see https://example.org/a@b and postgres://db/app");
  }

  @Test
  void passwordParametersOfQueriesAndKeywordDsnsAreMasked() {
    assertThat(Redactor.maskUrls("jdbc:postgresql://db/app?user=u&sslpassword=CANARY1&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=u&sslpassword=****&ssl=true");
    assertThat(Redactor.maskUrls("unsupported 'host=db password=CANARY2 dbname=app'"))
        .isEqualTo("unsupported 'host=db password=**** dbname=app'");
    assertThat(Redactor.maskUrls("host=db password='CAN ARY3' dbname=app"))
        .isEqualTo("host=db password=**** dbname=app");
    assertThat(Redactor.maskUrls("GET /api?token=CANARY4")).isEqualTo("GET /api?token=****");
  }

  @Test
  void guessedSecretsNeedEightCharactersAndAreNeverPlainWordsOrPaths() {
    Map<String, String> env =
        Map.of(
            "SOME_TOKEN", "head",
            "CACHE_KEY", "main",
            "DEPLOY_KEY", "production",
            "SSH_KEY_PATH", "/home/runner/.ssh/id_ed25519",
            "GOOGLE_CREDENTIALS_FILE", "creds/service-account.json",
            "STRIPE_SECRET_KEY", "sk_live_CANARY42");
    Redactor r = Redactor.of(ShipgateConfig.defaults(), env);
    assertThat(
            r.redact("migrations: at head, branch main, production, /home/runner/.ssh/id_ed25519"))
        .isEqualTo("migrations: at head, branch main, production, /home/runner/.ssh/id_ed25519");
    assertThat(r.redact("creds/service-account.json")).isEqualTo("creds/service-account.json");
    assertThat(r.redact("key sk_live_CANARY42")).isEqualTo("key ****");
  }

  @Test
  void knownSecretsAreMaskedWhateverTheirLengthShortOnesOnlyWhereTheyStandAlone(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(
        file,
        """
        env: {secrets: [PIN]}
        database: {url: "postgres://app:pw@db/app"}
        """);
    Map<String, String> env = Map.of("PIN", "471");
    ShipgateConfig c = new ConfigLoader(env::get).loadFile(file);
    Redactor r = Redactor.of(c, env);
    assertThat(r.redact("pin 471, password pw; a pwd of 1471"))
        .isEqualTo("pin ****, password ****; a pwd of 1471");
    assertThat(r.redact("postgres://app:pw@db/app")).isEqualTo("postgres://app:****@db/app");
  }

  @Test
  void bearerTokensAndTheirPrefixesAreMaskedInResponseExcerpts() {
    String token = "tok_CANARY_0123456789abcdef";
    Redactor r = Redactor.urlsOnly().withSecret("Bearer " + token);
    assertThat(r.redact("HTTP 401: invalid token " + token))
        .isEqualTo("HTTP 401: invalid token ****");
    assertThat(r.redactExcerpt("HTTP 401: token " + token.substring(0, 12) + "... is unknown"))
        .isEqualTo("HTTP 401: token ****... is unknown");
    assertThat(r.redactExcerpt("{\"t\":\"" + token.substring(0, 8) + "\"}"))
        .isEqualTo("{\"t\":\"****\"}");
    assertThat(r.redactExcerpt("short " + token.substring(0, 7)))
        .isEqualTo("short " + token.substring(0, 7));
    String basic = java.util.Base64.getEncoder().encodeToString("ops:hunter2-CANARY".getBytes());
    assertThat(Redactor.urlsOnly().withSecret("Basic " + basic).redact("user ops, hunter2-CANARY"))
        .isEqualTo("user ops, ****");
  }
}
