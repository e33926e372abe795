package dev.shipgate.migrations.corpus;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.DjangoMigration;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Faults injected into copies of real corpus trees: each adds what a real mistake adds (a second
 * file with an existing version, a rollback file, a second leaf or head, a folder without its SQL,
 * an up-section DROP SCHEMA) and says which rule must flag which file. Controls add something that
 * looks alike but is fine, and must add no finding at all.
 */
final class Faults {
  /**
   * One injected change.
   *
   * @param rule the rule that must flag it; null for a control that must add no finding
   * @param files the relative paths one of which the finding must name
   */
  record Injected(String rule, Set<String> files) {}

  /** How to inject one fault into a copy of an entry's tree. */
  interface Injection {
    Injected apply(Path dir) throws IOException;
  }

  /** A named fault on one corpus entry. */
  record Fault(String name, String entry, Injection injection) {
    @Override
    public String toString() {
      return name + " in " + entry;
    }
  }

  private Faults() {}

  static List<Fault> all() {
    return List.of(
        new Fault(
            "numbered second file with an existing version",
            "atuin-server-postgres",
            d -> dupFile(d, ".sql")),
        new Fault(
            "numbered rollback file beside its forward file", "atuin-client", Faults::rollbackFile),
        new Fault("flyway second file with an existing version", "marquez", Faults::flywayDup),
        new Fault("flyway rollback file", "killbill-account", Faults::flywayRollback),
        new Fault("flyway up DROP SCHEMA", "killbill-util", Faults::flywayDrop),
        new Fault(
            "up/down second up file with an existing version",
            "supabase-auth",
            d -> dupFile(d, ".up.sql")),
        new Fault("up/down orphan down file", "supabase-auth", Faults::orphanDown),
        new Fault(
            "up/down second variant file for one database", "kratos-popx", Faults::dialectDup),
        new Fault(
            "up/down variant for another database (control)", "kratos-popx", Faults::dialectOther),
        new Fault(
            "goose second file with an existing version", "navidrome", d -> dupFile(d, ".sql")),
        new Fault("goose rollback file", "gophish-sqlite", Faults::rollbackFile),
        new Fault(
            "goose up-section DROP SCHEMA",
            "gophish-mysql",
            d -> sectionDrop(d, "-- +goose Up", "-- +goose Down", true)),
        new Fault(
            "goose down-section DROP SCHEMA (control)",
            "gophish-mysql",
            d -> sectionDrop(d, "-- +goose Up", "-- +goose Down", false)),
        new Fault(
            "dbmate second file with an existing version",
            "supabase-postgres-migrations",
            d -> dupFile(d, ".sql")),
        new Fault(
            "dbmate up-section DROP SCHEMA",
            "supabase-postgres-migrations",
            d -> sectionDrop(d, "-- migrate:up", "-- migrate:down", true)),
        new Fault(
            "dbmate down-section DROP SCHEMA (control)",
            "supabase-postgres-migrations",
            d -> sectionDrop(d, "-- migrate:up", "-- migrate:down", false)),
        new Fault("rails duplicate version", "redmine", d -> dupFile(d, ".rb")),
        new Fault("rails duplicate class name", "maybe", Faults::railsDupName),
        new Fault("diesel second folder with an existing version", "crates-io", Faults::dieselDup),
        new Fault("diesel folder without up.sql", "lemmy", Faults::dieselNoUp),
        new Fault("prisma folder without migration.sql", "documenso", Faults::prismaEmpty),
        new Fault(
            "prisma folder sharing a timestamp (control)",
            "rallly-parent",
            Faults::prismaSharedTimestamp),
        new Fault("django second leaf", "healthchecks-api", Faults::djangoLeaf),
        new Fault("django dependency on a missing migration", "oscar-order", Faults::djangoBroken),
        new Fault(
            "django merge of two leaves (control)", "paperless-documents", Faults::djangoMerge),
        new Fault("alembic second head", "redash", Faults::alembicHead),
        new Fault("alembic missing down_revision target", "ctfd", Faults::alembicBroken),
        new Fault(
            "alembic labelled branch head (control)", "mealie", Faults::alembicLabelledBranch));
  }

  private static MigrationSet scan(Path dir) {
    return MigrationScanner.scan(dir, MigrationLayout.AUTO, SkipList.none());
  }

  private static String rel(Path dir, Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }

  private static List<MigrationFile> forward(MigrationSet set) {
    return set.migrations().stream()
        .filter(f -> f.kind() == MigrationKind.VERSIONED && f.version() != null)
        .toList();
  }

  private static Injected dupFile(Path dir, String ext) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() / 2);
    String version = victim.name().substring(0, victim.name().indexOf('_'));
    Path copy = victim.path().resolveSibling(version + "_zz_injected_copy" + ext);
    Files.copy(victim.path(), copy);
    return new Injected("duplicate-version", Set.of(rel(dir, copy), rel(dir, victim.path())));
  }

  private static Injected rollbackFile(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() / 2);
    String base = victim.name().substring(0, victim.name().length() - 4);
    Path rb = victim.path().resolveSibling(base + "_rollback.sql");
    Files.copy(victim.path(), rb);
    return new Injected("rollback-file", Set.of(rel(dir, rb)));
  }

  private static Injected flywayDup(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() / 2);
    Path copy =
        victim.path().resolveSibling("V" + victim.version().text() + "__zz_injected_copy.sql");
    Files.copy(victim.path(), copy);
    return new Injected("duplicate-version", Set.of(rel(dir, copy), rel(dir, victim.path())));
  }

  private static Injected flywayRollback(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() - 1);
    Path rb =
        victim
            .path()
            .resolveSibling(
                "V" + victim.version().text() + "__" + victim.description() + "_rollback.sql");
    Files.writeString(rb, "ALTER TABLE x;\n");
    return new Injected("rollback-file", Set.of(rel(dir, rb)));
  }

  private static Injected flywayDrop(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile last = forward(set).get(forward(set).size() - 1);
    Path f =
        last.path()
            .resolveSibling(
                "V" + last.version().major().add(java.math.BigInteger.ONE) + "__zz_reset.sql");
    Files.writeString(f, "CREATE TABLE x;\nDROP SCHEMA x CASCADE;\n");
    return new Injected("destructive-file", Set.of(rel(dir, f)));
  }

  private static Injected orphanDown(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    Path f = set.dir().resolve("99990101000000_zz_injected.down.sql");
    Files.writeString(f, "DROP TABLE x;\n");
    return new Injected("rollback-file", Set.of(rel(dir, f)));
  }

  private static Injected dialectDup(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim =
        forward(set).stream().filter(f -> f.variant().equals("mysql")).toList().get(10);
    Path copy = victim.path().resolveSibling(victim.version().text() + "_zz_injected.mysql.up.sql");
    Files.copy(victim.path(), copy);
    return new Injected("duplicate-version", Set.of(rel(dir, copy), rel(dir, victim.path())));
  }

  private static Injected dialectOther(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    Set<String> versions =
        forward(set).stream()
            .filter(f -> f.variant().equals("cockroach"))
            .map(MigrationFile::id)
            .collect(Collectors.toSet());
    MigrationFile victim =
        forward(set).stream()
            .filter(f -> f.variant().equals("mysql") && !versions.contains(f.id()))
            .findFirst()
            .orElseThrow();
    String name = victim.name().replace(".mysql.up.sql", ".cockroach.up.sql");
    Files.copy(victim.path(), victim.path().resolveSibling(name));
    return new Injected(null, Set.of());
  }

  private static Injected sectionDrop(Path dir, String up, String down, boolean inUp)
      throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile last = forward(set).get(forward(set).size() - 1);
    Path f =
        set.dir()
            .resolve(last.version().major().add(java.math.BigInteger.ONE) + "_zz_injected.sql");
    Files.writeString(
        f,
        inUp
            ? up + "\nDROP SCHEMA x CASCADE;\n" + down + "\nCREATE SCHEMA x;\n"
            : up + "\nCREATE SCHEMA x;\n" + down + "\nDROP SCHEMA x CASCADE;\n");
    return inUp
        ? new Injected("destructive-file", Set.of(rel(dir, f)))
        : new Injected(null, Set.of());
  }

  private static Injected railsDupName(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() / 2);
    MigrationFile last = forward(set).get(forward(set).size() - 1);
    Path f =
        victim
            .path()
            .resolveSibling(
                last.version().major().add(java.math.BigInteger.ONE)
                    + "_"
                    + victim.description()
                    + ".rb");
    Files.copy(victim.path(), f);
    return new Injected("duplicate-version", Set.of(rel(dir, f), rel(dir, victim.path())));
  }

  private static Injected dieselDup(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile victim = forward(set).get(forward(set).size() / 2);
    String prefix = victim.name().substring(0, victim.name().indexOf('_'));
    Path folder = set.dir().resolve(prefix + "_zz_injected");
    Files.createDirectories(folder);
    Files.copy(victim.path(), folder.resolve("up.sql"));
    return new Injected(
        "duplicate-version", Set.of(rel(dir, folder.resolve("up.sql")), rel(dir, victim.path())));
  }

  private static Injected dieselNoUp(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    Path folder = set.dir().resolve("2999-01-01-000000_zz_injected");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("down.sql"), "DROP TABLE x;\n");
    return new Injected("missing-migration-sql", Set.of(rel(dir, folder)));
  }

  private static Injected prismaEmpty(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    Path folder = set.dir().resolve("29990101000000_zz_injected");
    Files.createDirectories(folder);
    return new Injected("missing-migration-sql", Set.of(rel(dir, folder)));
  }

  private static Injected prismaSharedTimestamp(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    MigrationFile last = set.migrations().get(set.migrations().size() - 1);
    String ts = last.name().substring(0, last.name().indexOf('_'));
    Path folder = set.dir().resolve(ts + "_zz_same_timestamp");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("migration.sql"), "ALTER TABLE x;\n");
    return new Injected(null, Set.of());
  }

  private static DjangoMigration leaf(MigrationSet set) {
    Set<String> parents =
        set.djangoMigrations().stream()
            .flatMap(m -> m.dependencies().stream())
            .map(DjangoMigration.Key::name)
            .collect(Collectors.toSet());
    return set.djangoMigrations().stream()
        .filter(m -> !parents.contains(m.name()))
        .max(Comparator.comparing(DjangoMigration::name))
        .orElseThrow();
  }

  private static String djangoModule(String app, List<String> deps) {
    return "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
        + "    dependencies = [\n"
        + deps.stream()
            .map(d -> "        (\"" + app + "\", \"" + d + "\"),\n")
            .collect(Collectors.joining())
        + "    ]\n\n    operations = []\n";
  }

  private static Injected djangoLeaf(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    DjangoMigration leaf = leaf(set);
    String parent =
        leaf.dependencies().stream()
            .filter(k -> k.app().equals(leaf.app()))
            .findFirst()
            .orElseThrow()
            .name();
    Path f = leaf.path().resolveSibling("9999_zz_injected_conflict.py");
    Files.writeString(f, djangoModule(leaf.app(), List.of(parent)));
    return new Injected("multiple-heads", Set.of(rel(dir, f), rel(dir, leaf.path())));
  }

  private static Injected djangoBroken(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    DjangoMigration leaf = leaf(set);
    Path f = leaf.path().resolveSibling("9999_zz_injected.py");
    Files.writeString(
        f, djangoModule(leaf.app(), List.of(leaf.name(), "0999_deleted_on_another_branch")));
    return new Injected("broken-chain", Set.of(rel(dir, f)));
  }

  private static Injected djangoMerge(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    DjangoMigration leaf = leaf(set);
    String parent =
        leaf.dependencies().stream()
            .filter(k -> k.app().equals(leaf.app()))
            .findFirst()
            .orElseThrow()
            .name();
    Files.writeString(
        leaf.path().resolveSibling("9998_zz_second.py"), djangoModule(leaf.app(), List.of(parent)));
    Files.writeString(
        leaf.path().resolveSibling("9999_zz_merge.py"),
        djangoModule(leaf.app(), List.of(leaf.name(), "9998_zz_second")));
    return new Injected(null, Set.of());
  }

  private static AlembicRevision head(MigrationSet set) {
    Set<String> parents =
        set.revisions().stream()
            .flatMap(r -> r.downRevisions().stream())
            .collect(Collectors.toSet());
    return set.revisions().stream()
        .filter(r -> !parents.contains(r.revision()))
        .findFirst()
        .orElseThrow();
  }

  private static Injected alembicHead(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    AlembicRevision head = head(set);
    Path f = set.dir().resolve("zzinjected_second_head.py");
    Files.writeString(
        f,
        "revision = \"zzinjected\"\ndown_revision = \""
            + head.downRevisions().get(0)
            + "\"\n\n\ndef upgrade():\n    pass\n");
    return new Injected("multiple-heads", Set.of(rel(dir, f), rel(dir, head.path())));
  }

  private static Injected alembicBroken(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    AlembicRevision head = head(set);
    Path f = set.dir().resolve("zzinjected_broken.py");
    Files.writeString(
        f,
        "revision = \"zzinjected\"\ndown_revision = \""
            + head.revision()
            + "0deleted\"\n\n\ndef upgrade():\n    pass\n");
    return new Injected("broken-chain", Set.of(rel(dir, f)));
  }

  private static Injected alembicLabelledBranch(Path dir) throws IOException {
    MigrationSet set = scan(dir);
    AlembicRevision head = head(set);
    Files.writeString(
        set.dir().resolve("zzinjected_branch.py"),
        "revision = \"zzbranch\"\ndown_revision = \""
            + head.downRevisions().get(0)
            + "\"\nbranch_labels = (cli.FEATURE_BRANCH,)\n\n\ndef upgrade():\n    pass\n");
    Files.writeString(
        head.path(),
        Files.readString(head.path()).replaceFirst("(?m)^branch_labels.*$", "")
            + "\nbranch_labels = (\"main\",)\n");
    return new Injected(null, Set.of());
  }

  static void copy(Path from, Path to) {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
