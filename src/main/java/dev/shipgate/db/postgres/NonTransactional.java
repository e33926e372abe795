package dev.shipgate.db.postgres;

import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.SqlStatement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction
 * block"). A migration file holding one of them is run outside a transaction.
 */
final class NonTransactional {
  private record Rule(Pattern head, String what, int beforeMajor) {}

  private static final List<Rule> RULES =
      List.of(
          rule("CREATE (UNIQUE )?INDEX CONCURRENTLY .*", "CREATE INDEX CONCURRENTLY"),
          rule("DROP INDEX CONCURRENTLY .*", "DROP INDEX CONCURRENTLY"),
          rule("REINDEX .*\\bCONCURRENTLY\\b.*", "REINDEX CONCURRENTLY"),
          rule("REINDEX (\\(.*\\) )?(SYSTEM|DATABASE)\\b.*", "REINDEX SYSTEM/DATABASE"),
          rule(
              "ALTER TABLE .* DETACH PARTITION .* CONCURRENTLY.*", "DETACH PARTITION CONCURRENTLY"),
          rule("VACUUM\\b.*", "VACUUM"),
          rule("CLUSTER( VERBOSE)?", "CLUSTER without a table"),
          rule("(CREATE|DROP) DATABASE\\b.*", "CREATE/DROP DATABASE"),
          rule("ALTER DATABASE .* SET TABLESPACE .*", "ALTER DATABASE ... SET TABLESPACE"),
          rule("(CREATE|DROP) TABLESPACE\\b.*", "CREATE/DROP TABLESPACE"),
          rule("ALTER SYSTEM\\b.*", "ALTER SYSTEM"),
          rule("(CREATE|DROP) SUBSCRIPTION\\b.*", "CREATE/DROP SUBSCRIPTION"),
          rule("DISCARD ALL", "DISCARD ALL"),
          new Rule(
              Pattern.compile("ALTER TYPE .* ADD VALUE\\b.*"),
              "ALTER TYPE ... ADD VALUE (before PostgreSQL 12)",
              12));

  private NonTransactional() {}

  private static Rule rule(String regex, String what) {
    return new Rule(Pattern.compile(regex), what, Integer.MAX_VALUE);
  }

  static Optional<String> reason(SqlStatement statement, ServerInfo server) {
    for (Rule r : RULES) {
      if (server.major() < r.beforeMajor() && r.head().matcher(statement.head()).matches()) {
        return Optional.of(r.what() + " at line " + statement.line());
      }
    }
    return Optional.empty();
  }
}
