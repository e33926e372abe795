package dev.shipgate.db.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.SqlSplitter;
import dev.shipgate.db.SqlStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NonTransactionalTest {
  private static final ServerInfo PG11 = new ServerInfo("PostgreSQL", "11.22", 11, 22, "db");
  private static final ServerInfo PG16 = new ServerInfo("PostgreSQL", "16.4", 16, 4, "db");

  private static Optional<String> reason(String sql, ServerInfo server) {
    SqlStatement st =
        new SqlSplitter(dev.shipgate.db.postgres.PostgresDatabase.SPLIT_RULES).split(sql).get(0);
    return NonTransactional.reason(st, server);
  }

  @Test
  void statementsPostgresRefusesInATransactionBlockAreDetected() {
    assertThat(reason("create unique index concurrently if not exists ix on t (a)", PG16))
        .contains("CREATE INDEX CONCURRENTLY at line 1");
    assertThat(reason("DROP INDEX CONCURRENTLY ix", PG16)).isPresent();
    assertThat(reason("REINDEX TABLE CONCURRENTLY t", PG16)).isPresent();
    assertThat(reason("VACUUM (ANALYZE) t", PG16)).isPresent();
    assertThat(reason("CREATE DATABASE other", PG16)).isPresent();
    assertThat(reason("ALTER SYSTEM SET work_mem = '64MB'", PG16)).isPresent();
    assertThat(reason("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY", PG16)).isPresent();
  }

  @Test
  void addingAnEnumValueNeedsNoTransactionOnlyBeforePostgres12() {
    assertThat(reason("ALTER TYPE mood ADD VALUE 'meh'", PG11)).isPresent();
    assertThat(reason("ALTER TYPE mood ADD VALUE 'meh'", PG16)).isEmpty();
  }

  @Test
  void ordinaryStatementsAndLookAlikesRunInATransaction() {
    assertThat(reason("CREATE INDEX ix ON t (a)", PG16)).isEmpty();
    assertThat(reason("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", PG16)).isEmpty();
    assertThat(reason("-- VACUUM later\nSELECT 'VACUUM'", PG16)).isEmpty();
  }
}
