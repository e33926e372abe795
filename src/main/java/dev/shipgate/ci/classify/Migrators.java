package dev.shipgate.ci.classify;

import dev.shipgate.ci.shell.Cmd;
import java.util.List;
import java.util.Set;

/**
 * Schema migration tools (Prisma, Alembic, Flyway, Liquibase, Knex, Sequelize, TypeORM, goose,
 * golang-migrate, dbmate, diesel, sqlx, drizzle, Atlas, Supabase, shipgate itself) and SQL clients
 * that apply a file ({@code psql -f}, {@code mysql < file.sql}).
 */
final class Migrators {
  private static final Set<String> UP_WORDS =
      Set.of("up", "down", "up-by-one", "up-to", "down-to", "redo", "reset", "goto", "force");

  private Migrators() {}

  /** The purpose, or null when {@code prog} is not a migrator or SQL client. */
  static Purpose purpose(String prog, List<String> args, List<Cmd.Redirect> redirects) {
    return switch (prog) {
      case "prisma" -> prisma(args);
      case "alembic" ->
          Args.any(args, Set.of("upgrade", "downgrade", "stamp"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "flyway" ->
          Args.any(args, Set.of("migrate", "repair", "baseline", "clean", "undo"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "liquibase" ->
          args.stream().anyMatch(a -> a.startsWith("update") || a.startsWith("rollback"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "knex" ->
          args.stream()
                  .anyMatch(
                      a ->
                          a.startsWith("migrate:")
                              && !a.equals("migrate:make")
                              && !a.equals("migrate:status")
                              && !a.equals("migrate:list"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "sequelize", "sequelize-cli" ->
          args.stream().anyMatch(a -> a.startsWith("db:migrate") && !a.equals("db:migrate:status"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "typeorm", "typeorm-ts-node-commonjs", "typeorm-ts-node-esm" ->
          Args.any(args, Set.of("migration:run", "migration:revert", "schema:sync"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "migrate" ->
          Args.any(args, Set.of("create", "version", "-version", "-help"))
              ? Purpose.NEUTRAL
              : Purpose.MIGRATION;
      case "node-pg-migrate",
          "db-migrate",
          "migrate-mongo",
          "goose",
          "dbmate",
          "sql-migrate",
          "tern" ->
          Args.any(args, UP_WORDS) || Args.any(args, Set.of("migrate", "rollback"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "diesel", "sqlx" ->
          args.contains("run") && args.contains("migration")
                  || args.contains("migrate") && args.contains("run")
                  || args.contains("database") && Args.any(args, Set.of("setup", "reset"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "drizzle-kit" ->
          Args.any(args, Set.of("migrate", "push", "push:pg", "push:mysql", "push:sqlite"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "atlas" -> args.contains("apply") ? Purpose.MIGRATION : Purpose.NEUTRAL;
      case "supabase" -> supabase(args);
      case "sqitch" ->
          Args.any(args, Set.of("deploy", "revert", "rebase"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "shipgate" -> shipgate(args);
      case "psql" ->
          appliesFile(args, redirects, Set.of("-f", "--file"))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "mysql", "mariadb", "sqlite3", "clickhouse-client", "cockroach", "duckdb" ->
          appliesFile(args, redirects, Set.of())
                  || args.stream().anyMatch(a -> a.contains(".read ") || a.startsWith("source "))
              ? Purpose.MIGRATION
              : Purpose.NEUTRAL;
      case "sqlcmd" ->
          appliesFile(args, redirects, Set.of("-i")) ? Purpose.MIGRATION : Purpose.NEUTRAL;
      default -> null;
    };
  }

  private static Purpose prisma(List<String> args) {
    String sub = Args.first(args, Set.of("--schema"));
    String action = Args.second(args, Set.of("--schema"));
    if (sub.equals("migrate")) {
      return Set.of("deploy", "dev", "reset", "resolve").contains(action)
          ? Purpose.MIGRATION
          : Purpose.NEUTRAL;
    }
    if (sub.equals("db")) {
      return action.equals("push") || action.equals("execute")
          ? Purpose.MIGRATION
          : Purpose.NEUTRAL;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose supabase(List<String> args) {
    String sub = Args.first(args, Set.of("--workdir", "--project-ref"));
    String action = Args.second(args, Set.of("--workdir", "--project-ref"));
    if (sub.equals("db") && Set.of("push", "reset").contains(action)
        || sub.equals("migration") && action.equals("up")) {
      return Purpose.MIGRATION;
    }
    if (sub.equals("test")) {
      return Purpose.TEST;
    }
    if (sub.equals("functions") && action.equals("deploy") || sub.equals("deploy")) {
      return Purpose.DEPLOY;
    }
    return sub.equals("stop") ? Purpose.CLEANUP : Purpose.NEUTRAL;
  }

  private static Purpose shipgate(List<String> args) {
    String sub = Args.first(args, Set.of("-c", "--config"));
    return switch (sub) {
      case "migrate", "sentry" -> Purpose.MIGRATION;
      case "deploy" -> Purpose.DEPLOY;
      default -> Purpose.NEUTRAL;
    };
  }

  /** A SQL client given a file: {@code -f file}, {@code --file=file}, or {@code < file.sql}. */
  private static boolean appliesFile(
      List<String> args, List<Cmd.Redirect> redirects, Set<String> fileFlags) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (fileFlags.contains(a) && i + 1 < args.size()) {
        return true;
      }
      for (String f : fileFlags) {
        if (f.startsWith("--")
            ? a.startsWith(f + "=")
            : a.startsWith(f) && a.length() > f.length()) {
          return true;
        }
      }
    }
    return redirects.stream()
        .anyMatch(r -> (r.op().equals("<") || r.op().equals("0<")) && r.target() != null);
  }
}
