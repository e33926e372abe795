package dev.shipgate.migrations.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Says what a folder in which no layout recognised a migration looks like: another tool's
 * migrations (Liquibase, Knex, TypeORM, Sequelize, node-pg-migrate, EF Core, Ecto, Laravel,
 * Doctrine, Flyway Java migrations, Sqitch), an empty folder, or what files it holds.
 */
final class Looks {
  private static final int SAMPLE = 16;

  private record Tool(String name, Pattern file, Pattern content) {}

  private static final List<Tool> TOOLS =
      List.of(
          new Tool(
              "Liquibase changelogs",
              Pattern.compile("(?i).*\\.(xml|ya?ml|json|sql)"),
              Pattern.compile("databaseChangeLog|--\\s*liquibase formatted|--\\s*changeset\\s")),
          new Tool(
              "EF Core migrations",
              Pattern.compile(".*\\.cs"),
              Pattern.compile("\\[Migration\\(\"|ModelSnapshot|Microsoft\\.EntityFrameworkCore")),
          new Tool(
              "TypeORM migrations",
              Pattern.compile(".*\\.[cm]?[jt]s"),
              Pattern.compile("MigrationInterface|QueryRunner")),
          new Tool(
              "Sequelize migrations",
              Pattern.compile(".*\\.[cm]?[jt]s"),
              Pattern.compile("queryInterface|QueryInterface")),
          new Tool(
              "node-pg-migrate migrations",
              Pattern.compile(".*\\.[cm]?[jt]s"),
              Pattern.compile("\\bpgm\\.|MigrationBuilder")),
          new Tool(
              "Knex migrations",
              Pattern.compile(".*\\.[cm]?[jt]s"),
              Pattern.compile("\\bknex\\b|Knex")),
          new Tool(
              "Ecto migrations", Pattern.compile(".*\\.exs"), Pattern.compile("Ecto\\.Migration")),
          new Tool(
              "Doctrine migrations",
              Pattern.compile(".*\\.php"),
              Pattern.compile("AbstractMigration")),
          new Tool(
              "Laravel migrations",
              Pattern.compile(".*\\.php"),
              Pattern.compile("Illuminate\\\\Database|extends Migration")),
          new Tool(
              "Flyway Java migrations",
              Pattern.compile(".*\\.(java|kt)"),
              Pattern.compile("BaseJavaMigration|JavaMigration")),
          new Tool(
              "Go migrations (not goose)",
              Pattern.compile(".*\\.go"),
              Pattern.compile("gormigrate|migrate\\.Migration|\\bMigrate\\(")));

  private Looks() {}

  /** What {@code dir} looks like, as a phrase ("Knex migrations, which shipgate does not lint"). */
  static String describe(Path dir) {
    List<DirectoryListing.Entry> entries = DirectoryListing.list(dir).entries();
    if (entries.isEmpty()) {
      return "an empty folder";
    }
    Optional<String> tool = tool(entries);
    if (tool.isPresent()) {
      return tool.get() + ", which shipgate does not lint";
    }
    if (entries.stream().anyMatch(e -> e.name().equals("sqitch.plan"))) {
      return "a Sqitch project, which shipgate does not lint";
    }
    Map<String, Integer> kinds = new TreeMap<>();
    int folders = 0;
    for (DirectoryListing.Entry e : entries) {
      if (e.directory()) {
        folders++;
        continue;
      }
      String n = e.name();
      int dot = n.lastIndexOf('.');
      kinds.merge(
          dot <= 0 ? "no extension" : n.substring(dot).toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    kinds.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(4)
        .forEach(e -> parts.add(e.getValue() + " " + e.getKey()));
    if (folders > 0) {
      parts.add(folders + (folders == 1 ? " folder" : " folders"));
    }
    return "no migration of any layout shipgate knows (it holds " + String.join(", ", parts) + ")";
  }

  private static Optional<String> tool(List<DirectoryListing.Entry> entries) {
    int read = 0;
    for (DirectoryListing.Entry e : entries) {
      String name = e.name();
      if (name.toLowerCase(Locale.ROOT).contains("changelog")
          && TOOLS.get(0).file().matcher(name).matches()) {
        return Optional.of(TOOLS.get(0).name());
      }
    }
    for (DirectoryListing.Entry e : entries) {
      if (read >= SAMPLE) {
        break;
      }
      List<Tool> candidates =
          TOOLS.stream().filter(t -> t.file().matcher(e.name()).matches()).toList();
      if (candidates.isEmpty() || e.directory()) {
        continue;
      }
      read++;
      String head = Sniff.head(e.path());
      for (Tool t : candidates) {
        if (t.content().matcher(head).find()) {
          return Optional.of(t.name());
        }
      }
    }
    return Optional.empty();
  }
}
