package dev.shipgate.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  private static final Path BASE = Path.of("/srv/app");

  @Test
  void libpqUrlsBecomeJdbcUrlsWithCredentialsOutOfTheUrl() {
    DatabaseUrl u =
        DatabaseUrl.parse("postgres://app:s%40cret+x@db.internal:6432/shop?sslmode=require", BASE);
    assertThat(u.kind()).isEqualTo("postgresql");
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/shop?sslmode=require");
    assertThat(u.user()).isEqualTo("app");
    assertThat(u.password()).isEqualTo("s@cret+x");
    assertThat(u.redacted()).isEqualTo("postgres://app:****@db.internal:6432/shop?sslmode=require");
    assertThat(u.toString()).doesNotContain("cret");
  }

  @Test
  void postgresqlSchemeAndPrismasSchemaParameterAreUnderstood() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://u:p@h/db?schema=tenant_1", BASE);
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?currentSchema=tenant_1");
  }

  @Test
  void jdbcUrlsKeepTheirFormButLosePasswordParameters() {
    DatabaseUrl u =
        DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=app&password=hunter22&ssl=true", BASE);
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
    assertThat(u.user()).isEqualTo("app");
    assertThat(u.password()).isEqualTo("hunter22");
    assertThat(u.redacted()).doesNotContain("hunter22");
  }

  @Test
  void relativeSqlitePathsResolveAgainstTheBaseDirectory() {
    assertThat(DatabaseUrl.parse("sqlite:.shipgate/shop.db", BASE).file())
        .isEqualTo(Path.of("/srv/app/.shipgate/shop.db"));
    assertThat(DatabaseUrl.parse("jdbc:sqlite:data/x.db", BASE).jdbcUrl())
        .isEqualTo("jdbc:sqlite:/srv/app/data/x.db");
    assertThat(DatabaseUrl.parse("sqlite:///rel.db", BASE).file())
        .isEqualTo(Path.of("/srv/app/rel.db"));
    assertThat(DatabaseUrl.parse("sqlite:////var/abs.db", BASE).file())
        .isEqualTo(Path.of("/var/abs.db"));
    assertThat(DatabaseUrl.parse("file:./dev.db", BASE).file())
        .isEqualTo(Path.of("/srv/app/dev.db"));
    assertThat(DatabaseUrl.parse("sqlite:/tmp/a.db", BASE).file()).isEqualTo(Path.of("/tmp/a.db"));
  }

  @Test
  void unsupportedSchemesAreRejectedWithTheFormsThatWorkAndWithoutThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:topsecret@h/db", BASE))
        .hasMessageContaining("postgres://user:pw@host:5432/db")
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> DatabaseUrl.parse("  ", BASE)).hasMessageContaining("empty");
  }

  @Test
  void aPortOutsideTheTcpRangeIsAMistakeInTheUrlNotADatabaseThatIsDown() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DatabaseUrl.parse("postgres://u:pw@db:99999999/app", BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'99999999'")
        .hasMessageNotContaining("pw@");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DatabaseUrl.parse("jdbc:postgresql://db:x1/app", BASE))
        .hasMessageContaining("not a number from 1 to 65535");
    assertThat(DatabaseUrl.parse("postgres://u@[::1]:5432,db2:6432/app", BASE).jdbcUrl())
        .startsWith("jdbc:postgresql://[::1]:5432,db2:6432/app");
  }

  @Test
  void passwordsWithUnencodedSpecialsAreReadWholeAndNeverShown() {
    for (String url :
        new String[] {
          "postgres://u:CAN/ARY@db:5432/app",
          "postgresql://u:CAN?ARY@db:5432/app",
          "postgres://u:CAN@ARY@db:5432/app",
          "jdbc:postgresql://u:CAN/ARY@db:5432/app"
        }) {
      DatabaseUrl d = DatabaseUrl.parse(url, BASE);
      assertThat(d.user()).as(url).isEqualTo("u");
      assertThat(d.password())
          .as(url)
          .isEqualTo(url.contains("CAN/") ? "CAN/ARY" : url.contains("?") ? "CAN?ARY" : "CAN@ARY");
      assertThat(d.jdbcUrl()).as(url).isEqualTo("jdbc:postgresql://db:5432/app");
      assertThat(d.redacted())
          .as(url)
          .doesNotContain("CAN")
          .doesNotContain("ARY")
          .contains("u:****@db:5432/app");
    }
    DatabaseUrl q = DatabaseUrl.parse("postgres://u:pw@db/app?application_name=me@home", BASE);
    assertThat(q.password()).isEqualTo("pw");
    assertThat(q.jdbcUrl()).startsWith("jdbc:postgresql://db/app?application_name=me%40home");
  }

  @Test
  void sslpasswordIsLiftedOutOfTheJdbcUrlLikeThePassword() {
    DatabaseUrl d =
        DatabaseUrl.parse(
            "jdbc:postgresql://db/app?user=u&password=CANARY1&sslpassword=CANARY2&sslmode=require",
            BASE);
    assertThat(d.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app?sslmode=require");
    assertThat(d.properties())
        .containsEntry("sslpassword", "CANARY2")
        .containsEntry("password", "CANARY1");
    assertThat(d.redacted()).doesNotContain("CANARY");
  }

  @Test
  void aLibpqKeywordDsnIsAPostgresUrl() {
    DatabaseUrl d =
        DatabaseUrl.parse(
            "host=db port=6432 dbname=app user=u password='CAN ARY' sslmode=require", BASE);
    assertThat(d.kind()).isEqualTo("postgresql");
    assertThat(d.jdbcUrl()).isEqualTo("jdbc:postgresql://db:6432/app?sslmode=require");
    assertThat(d.user()).isEqualTo("u");
    assertThat(d.password()).isEqualTo("CAN ARY");
    assertThat(d.redacted()).doesNotContain("CAN").doesNotContain("ARY");
    assertThatThrownBy(() -> DatabaseUrl.parse("host=db password='CANARY9 dbname=app", BASE))
        .hasMessageContaining("no closing quote")
        .hasMessageNotContaining("CANARY9");
  }
}
