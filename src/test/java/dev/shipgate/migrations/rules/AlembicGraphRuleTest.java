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

class AlembicGraphRuleTest {
  @TempDir Path dir;

  private MigrationTree rev(String id, String down) {
    return MigrationTree.in(dir)
        .file(id + "_x.py", "revision = '" + id + "'\ndown_revision = " + down + "\n");
  }

  private List<Finding> lint() {
    return MigrationTree.in(dir).lint(MigrationLayout.ALEMBIC);
  }

  @Test
  void linearChainIsClean() {
    rev("a", "None");
    rev("b", "'a'");
    rev("c", "'b'");
    assertThat(lint()).isEmpty();
  }

  @Test
  void mergeRevisionIsValid() {
    rev("a", "None");
    rev("b", "'a'");
    rev("c", "'a'");
    MigrationTree.in(dir)
        .file(
            "2024-01-05_10-30_m_merge.py",
            "revision: str = 'm'\ndown_revision: Union[str, Sequence[str], None] = ('b', 'c')\n");
    assertThat(lint()).isEmpty();
  }

  @Test
  void twoHeadsAreReportedOnEachHeadWithTheMergeCommand() {
    rev("a", "None");
    rev("b", "'a'");
    rev("c", "'a'");
    List<Finding> f = only(lint(), Rule.MULTIPLE_HEADS);
    assertThat(files(f)).containsExactly("b_x.py", "c_x.py");
    assertThat(f.get(0).hint()).isEqualTo("merge them: alembic merge -m \"merge heads\" b c");
  }

  @Test
  void headsOnSeparatelyLabelledBranchesAreIntentional() {
    MigrationTree.in(dir)
        .file("a_x.py", "revision = 'a'\ndown_revision = None\nbranch_labels = ('core',)\n")
        .file("b_x.py", "revision = 'b'\ndown_revision = None\nbranch_labels = ('billing',)\n");
    assertThat(only(lint(), Rule.MULTIPLE_HEADS)).isEmpty();
  }

  @Test
  void missingParentIsABrokenChainOnTheDownRevisionLine() {
    rev("a", "None");
    rev("b", "'zzz'");
    List<Finding> f = only(lint(), Rule.BROKEN_CHAIN);
    assertThat(files(f)).containsExactly("b_x.py");
    assertThat(f.get(0).line()).isEqualTo(2);
  }

  @Test
  void unknownDependencyIsABrokenChainButABranchLabelIsFine() {
    MigrationTree.in(dir)
        .file("a_x.py", "revision = 'a'\ndown_revision = None\nbranch_labels = ('core',)\n")
        .file("b_x.py", "revision = 'b'\ndown_revision = 'a'\ndepends_on = ('core', 'nope')\n");
    List<Finding> f = only(lint(), Rule.BROKEN_CHAIN);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("'nope'"));
  }

  @Test
  void duplicateRevisionIdIsReportedOnTheSecondFile() {
    rev("a", "None");
    MigrationTree.in(dir).file("copy_x.py", "revision = 'a'\ndown_revision = None\n");
    assertThat(files(only(lint(), Rule.DUPLICATE_REVISION))).containsExactly("copy_x.py");
  }

  @Test
  void cycleIsReportedOnce() {
    rev("a", "None");
    rev("b", "'c'");
    rev("c", "'b'");
    List<Finding> f = only(lint(), Rule.REVISION_CYCLE);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("b -> c -> b"));
  }

  @Test
  void pythonFileWithoutRevisionIsReportedButInitIsIgnored() {
    rev("a", "None");
    MigrationTree.in(dir).file("helpers.py", "def f():\n  pass\n").file("__init__.py", "");
    assertThat(files(only(lint(), Rule.INVALID_NAME))).containsExactly("helpers.py");
  }

  @Test
  void longChainOfTwoThousandRevisionsDoesNotOverflow() {
    rev("r0", "None");
    for (int i = 1; i < 2000; i++) {
      rev("r" + i, "'r" + (i - 1) + "'");
    }
    assertThat(lint()).isEmpty();
  }
}
