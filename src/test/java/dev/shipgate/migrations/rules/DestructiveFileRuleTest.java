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

class DestructiveFileRuleTest {
  @TempDir Path dir;

  private List<Finding> destructive(MigrationLayout layout, String... skip) {
    return only(MigrationTree.in(dir).lint(layout, skip), Rule.DESTRUCTIVE_FILE);
  }

  @Test
  void dropSchemaIsFoundWithItsLine() {
    MigrationTree.in(dir).file("01_init.sql", "-- start over\n\n  drop   schema public cascade;\n");
    List<Finding> f = destructive(MigrationLayout.NUMBERED);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.line()).isEqualTo(3);
              assertThat(x.message()).startsWith("DROP SCHEMA");
            });
  }

  @Test
  void dropDatabaseAndDropOwnedAreFound() {
    MigrationTree.in(dir)
        .file("01_a.sql", "DROP DATABASE app;")
        .file("02_b.sql", "DROP OWNED BY app_user;");
    assertThat(files(destructive(MigrationLayout.NUMBERED)))
        .containsExactly("01_a.sql", "02_b.sql");
  }

  @Test
  void commentedOutStatementsAndOtherDropsAreNotFindings() {
    MigrationTree.in(dir)
        .file(
            "01_a.sql",
            "-- DROP SCHEMA public CASCADE;\n/* DROP DATABASE x;\n*/ DROP TABLE old_users;\n")
        .file("02_b.sql", "DROP INDEX ix_a; DROP VIEW v;\n");
    assertThat(destructive(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void resetNameIsDestructiveButPasswordResetIsNot() {
    MigrationTree.in(dir)
        .files("00_supabase_reset.sql", "01_add_password_reset_tokens.sql", "02_reset_db.sql");
    assertThat(files(destructive(MigrationLayout.NUMBERED)))
        .containsExactly("00_supabase_reset.sql", "02_reset_db.sql");
  }

  @Test
  void filesListedInSkipAreExempt() {
    MigrationTree.in(dir).file("00_supabase_reset.sql", "DROP SCHEMA public CASCADE;");
    assertThat(destructive(MigrationLayout.NUMBERED, "00_supabase_reset.sql")).isEmpty();
  }

  @Test
  void downFilesMayDropWhatTheirUpFileCreated() {
    MigrationTree.in(dir)
        .file("1_auth.up.sql", "CREATE SCHEMA auth;")
        .file("1_auth.down.sql", "DROP SCHEMA auth CASCADE;");
    assertThat(destructive(MigrationLayout.UPDOWN)).isEmpty();
  }

  @Test
  void alembicOpExecuteIsScannedButCommentsAreNot() {
    MigrationTree.in(dir)
        .file(
            "a_x.py",
            "revision = 'a'\ndown_revision = None\ndef upgrade():\n    # op.execute('DROP SCHEMA x')\n    pass\n")
        .file(
            "b_y.py",
            "revision = 'b'\ndown_revision = 'a'\ndef upgrade():\n    op.execute(\"DROP SCHEMA public CASCADE\")\n");
    List<Finding> f = destructive(MigrationLayout.ALEMBIC);
    assertThat(files(f)).containsExactly("b_y.py");
    assertThat(f.get(0).line()).isEqualTo(4);
  }
}
