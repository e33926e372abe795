package dev.shipgate.migrations.rules;

import static dev.shipgate.testing.MigrationTree.files;
import static dev.shipgate.testing.MigrationTree.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewLayoutsTest {
  @TempDir Path dir;

  private static String django(String deps) {
    return "from django.db import migrations\nfrom django.conf import settings\n\n\n"
        + "class Migration(migrations.Migration):\n    dependencies = [\n"
        + deps
        + "    ]\n\n    operations = [\n        migrations.RunSQL(\"SELECT 1\"),\n    ]\n";
  }

  private MigrationTree djangoApp() {
    return MigrationTree.in(dir.resolve("shop/migrations"))
        .file("__init__.py", "")
        .file(
            "0001_initial.py",
            django(
                "        migrations.swappable_dependency(settings.AUTH_USER_MODEL),\n        (\"auth\", \"__first__\"),\n"))
        .file(
            "0002_price.py",
            django(
                "        (\"shop\", \"0001_initial\"),\n        (\"billing\", \"0007_elsewhere\"),\n"));
  }

  @Test
  void djangoAppWithSwappableFirstAndOtherAppsDependenciesIsClean() {
    djangoApp();
    assertThat(MigrationTree.in(dir.resolve("shop/migrations")).lint(MigrationLayout.AUTO))
        .isEmpty();
  }

  @Test
  void djangoSecondLeafIsMultipleHeadsOnBothLeaves() {
    djangoApp().file("0002_other.py", django("        (\"shop\", \"0001_initial\"),\n"));
    List<Finding> f =
        only(
            MigrationTree.in(dir.resolve("shop/migrations")).lint(MigrationLayout.DJANGO),
            Rule.MULTIPLE_HEADS);
    assertThat(files(f)).containsExactly("0002_other.py", "0002_price.py");
    assertThat(f.get(0).hint())
        .isEqualTo("merge them: python manage.py makemigrations --merge shop");
  }

  @Test
  void djangoMergeMigrationAndRunBeforeJoinLeaves() {
    djangoApp()
        .file("0002_other.py", django("        (\"shop\", \"0001_initial\"),\n"))
        .file(
            "0003_merge.py",
            django("        (\"shop\", \"0002_other\"),\n        (\"shop\", \"0002_price\"),\n"));
    assertThat(MigrationTree.in(dir.resolve("shop/migrations")).lint(MigrationLayout.DJANGO))
        .isEmpty();
    MigrationTree.in(dir.resolve("b/migrations"))
        .file("0001_a.py", django(""))
        .file(
            "0001_b.py",
            django("")
                .replace(
                    "    dependencies",
                    "    run_before = [(\"b\", \"0001_a\")]\n    dependencies"));
    assertThat(MigrationTree.in(dir.resolve("b/migrations")).lint(MigrationLayout.DJANGO))
        .isEmpty();
  }

  @Test
  void djangoDependencyOnAMissingMigrationOfTheSameAppIsABrokenChain() {
    djangoApp()
        .file(
            "0003_x.py",
            django("        (\"shop\", \"0002_price\"),\n        (\"shop\", \"0002_gone\"),\n"));
    List<Finding> f =
        only(
            MigrationTree.in(dir.resolve("shop/migrations")).lint(MigrationLayout.DJANGO),
            Rule.BROKEN_CHAIN);
    assertThat(files(f)).containsExactly("0003_x.py");
    assertThat(f.get(0).message()).contains("shop.0002_gone").contains("NodeNotFoundError");
  }

  @Test
  void djangoSquashedMigrationStandsForTheOnesItReplacesPresentOrDeleted() {
    MigrationTree.in(dir.resolve("s/migrations"))
        .file("0001_initial.py", django(""))
        .file("0002_b.py", django("        (\"s\", \"0001_initial\"),\n"))
        .file(
            "0001_squashed_0003_c.py",
            django("")
                .replace(
                    "    dependencies",
                    "    replaces = [(\"s\", \"0001_initial\"), (\"s\", \"0002_b\"), (\"s\", \"0003_c\")]\n    dependencies"))
        .file("0004_d.py", django("        (\"s\", \"0003_c\"),\n"));
    assertThat(MigrationTree.in(dir.resolve("s/migrations")).lint(MigrationLayout.DJANGO))
        .isEmpty();
  }

  @Test
  void djangoModuleWithoutMigrationClassIsAnInvalidNameButUnderscoreModulesAreSkipped() {
    djangoApp().file("helpers.py", "def f():\n    pass\n").file("_private.py", "x = 1\n");
    List<Finding> f = MigrationTree.in(dir.resolve("shop/migrations")).lint(MigrationLayout.AUTO);
    assertThat(files(only(f, Rule.INVALID_NAME))).containsExactly("helpers.py");
    assertThat(f).hasSize(1);
  }

  @Test
  void djangoProjectFolderLintsEveryApp() {
    djangoApp();
    MigrationTree.in(dir.resolve("blog/migrations"))
        .file("__init__.py", "")
        .file("0001_initial.py", django(""));
    assertThat(MigrationTree.in(dir).scan(MigrationLayout.AUTO).djangoMigrations()).hasSize(3);
  }

  @Test
  void railsDuplicateVersionAndClassNameAndIllegalName() {
    MigrationTree.in(dir)
        .file("20200101000000_create_users.rb", "")
        .file("20200101000000_add_email.rb", "")
        .file("20200202000000_create_users.rb", "")
        .file("20200303000000_AddThing.rb", "")
        .file("helper.rb", "");
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.AUTO);
    assertThat(files(only(f, Rule.DUPLICATE_VERSION)))
        .containsExactlyInAnyOrder(
            "20200101000000_create_users.rb", "20200202000000_create_users.rb");
    assertThat(files(only(f, Rule.INVALID_NAME))).containsExactly("20200303000000_AddThing.rb");
    assertThat(f).hasSize(3);
  }

  @Test
  void dbmateDropSchemaInTheDownSectionIsFineInTheUpSectionDestructive() {
    MigrationTree.in(dir)
        .file(
            "20200101000000_a.sql",
            "-- migrate:up\nCREATE SCHEMA x;\n\n-- migrate:down\nDROP SCHEMA x;\n")
        .file(
            "20200102000000_b.sql",
            "-- migrate:up\nSELECT 1;\nDROP SCHEMA old CASCADE;\n-- migrate:down\n");
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.AUTO);
    assertThat(files(f)).containsExactly("20200102000000_b.sql");
    assertThat(f.get(0).line()).isEqualTo(3);
  }

  @Test
  void dbmateFileWithoutUpSectionAndDuplicateVersion() {
    MigrationTree.in(dir)
        .file("20200101000000_a.sql", "-- migrate:up\nSELECT 1;\n")
        .file("20200101000000_b.sql", "-- migrate:up\nSELECT 1;\n")
        .file("20200102000000_c.sql", "SELECT 1;\n");
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.DBMATE);
    assertThat(files(only(f, Rule.DUPLICATE_VERSION))).containsExactly("20200101000000_b.sql");
    assertThat(files(only(f, Rule.MISSING_MIGRATION_SQL))).containsExactly("20200102000000_c.sql");
  }

  @Test
  void gooseGoMigrationsAreVersionsAndOnlyTheUpSectionIsRead() {
    MigrationTree.in(dir)
        .file(
            "00001_init.sql",
            "-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP SCHEMA s;\n")
        .file("00002_data.go", "package m\nfunc init() { goose.AddMigration(up, down) }\n")
        .file("00002_other.sql", "-- +goose Up\nSELECT 1;\n")
        .file("migrations.go", "package m\n");
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.AUTO);
    assertThat(f).extracting(x -> x.rule()).containsExactly(Rule.DUPLICATE_VERSION);
    assertThat(MigrationTree.in(dir).scan(MigrationLayout.GOOSE).migrations()).hasSize(3);
  }

  @Test
  void dieselDuplicateVersionFolderWithoutUpSqlAndEmptyFolder() {
    MigrationTree.in(dir)
        .file("2020-01-01-000000_a/up.sql", "SELECT 1;")
        .file("2020-01-01-000000_b/up.sql", "SELECT 1;")
        .file("2020-01-02-000000_c/down.sql", "SELECT 1;")
        .file("2020-01-03-000000_d/up.sql", "SELECT 1;");
    new java.io.File(dir.resolve("2020-01-04-000000_empty").toString()).mkdirs();
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.AUTO);
    assertThat(only(f, Rule.DUPLICATE_VERSION)).hasSize(1);
    assertThat(files(only(f, Rule.MISSING_MIGRATION_SQL))).containsExactly("2020-01-02-000000_c");
    assertThat(f).hasSize(2);
  }

  @Test
  void upDownVariantsAreDuplicatesOnlyWithinOneDatabase() {
    MigrationTree.in(dir)
        .files(
            "20150100000001000000_networks.mysql.up.sql",
            "20150100000001000000_networks.postgres.up.sql",
            "20150100000001000000_networks.sqlite3.up.sql",
            "20150100000001000000_networks.cockroach.up.sql",
            "20150100000001000000_networks.mysql.down.sql",
            "20150100000002000000_more.up.sql",
            "20150100000002000000_more.mysql.up.sql",
            "20150100000003000000_x.autocommit.up.sql");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.AUTO)).isEmpty();
    MigrationTree.in(dir).file("20150100000001000000_again.mysql.up.sql", "SELECT 1;");
    List<Finding> f =
        only(MigrationTree.in(dir).lint(MigrationLayout.AUTO), Rule.DUPLICATE_VERSION);
    assertThat(files(f)).containsExactly("20150100000001000000_networks.mysql.up.sql");
    assertThat(f.get(0).message()).contains("for mysql");
  }

  @Test
  void prismaEmptyMigrationFolderIsMissingSqlNotANumberedDirectory() {
    MigrationTree.in(dir)
        .file("migration_lock.toml", "provider = \"postgresql\"")
        .file("20240101000000_a/migration.sql", "SELECT 1;");
    new java.io.File(dir.resolve("20240102000000_b").toString()).mkdirs();
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.AUTO);
    assertThat(files(only(f, Rule.MISSING_MIGRATION_SQL))).containsExactly("20240102000000_b");
  }

  @Test
  void alembicBranchLabelsGivenAsAttributesCountAsLabels() {
    MigrationTree.in(dir)
        .file("base.py", "revision = 'base'\ndown_revision = None\n")
        .file(
            "e1.py",
            "revision = 'e1'\ndown_revision = 'base'\nbranch_labels = (cli.EXPAND_BRANCH,)\n")
        .file(
            "c1.py",
            "revision = 'c1'\ndown_revision = 'base'\nbranch_labels = (cli.CONTRACT_BRANCH,)\n");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.ALEMBIC)).isEmpty();
  }

  @Test
  void alembicReadsVersionSubfoldersAndIgnoresDowngradeDrops() {
    MigrationTree.in(dir)
        .file(
            "versions/2023/a.py",
            "revision = 'a'\ndown_revision = None\n\ndef upgrade():\n    op.execute('CREATE SCHEMA s')\n\ndef downgrade():\n    op.execute('DROP SCHEMA s')\n")
        .file("versions/2024/b.py", "revision = 'b'\ndown_revision = 'a'\n");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.ALEMBIC)).isEmpty();
    assertThat(MigrationTree.in(dir).scan(MigrationLayout.ALEMBIC).revisions()).hasSize(2);
  }

  @Test
  void alembicGraphsInSeparateFoldersPerDatabaseAreCheckedOnTheirOwn() {
    MigrationTree.in(dir)
        .file("postgresql/a.py", "revision = 'pa'\ndown_revision = None\n")
        .file("postgresql/b.py", "revision = 'pb'\ndown_revision = 'pa'\n")
        .file("sqlite/a.py", "revision = 'sa'\ndown_revision = None\n");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.ALEMBIC)).isEmpty();
    MigrationTree.in(dir).file("sqlite/c.py", "revision = 'sc'\ndown_revision = None\n");
    assertThat(only(MigrationTree.in(dir).lint(MigrationLayout.ALEMBIC), Rule.MULTIPLE_HEADS))
        .hasSize(2);
  }
}
