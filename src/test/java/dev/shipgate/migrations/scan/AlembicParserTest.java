package dev.shipgate.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.migrations.AlembicRevision;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AlembicParserTest {
  private static AlembicRevision parse(String text) {
    return AlembicParser.parse(Path.of("x.py"), text).orElseThrow();
  }

  @Test
  void readsPlainAssignmentsAndNone() {
    AlembicRevision r =
        parse(
            """
            \"\"\"create users

            Revision ID: abc123
            Revises:
            \"\"\"
            revision = 'abc123'
            down_revision = None
            branch_labels = None
            depends_on = None
            """);
    assertThat(r.revision()).isEqualTo("abc123");
    assertThat(r.downRevisions()).isEmpty();
    assertThat(r.revisionLine()).isEqualTo(6);
    assertThat(r.downRevisionLine()).isEqualTo(7);
  }

  @Test
  void readsTypeAnnotatedMultiLineMergeTuples() {
    AlembicRevision r =
        parse(
            """
            revision: str = "m5"
            down_revision: Union[str, Sequence[str], None] = (
                "c3",  # left branch
                "d4",
            )
            branch_labels: Union[str, Sequence[str], None] = ("billing",)
            depends_on: Union[str, Sequence[str], None] = ["x1"]
            """);
    assertThat(r.revision()).isEqualTo("m5");
    assertThat(r.downRevisions()).containsExactly("c3", "d4");
    assertThat(r.branchLabels()).containsExactly("billing");
    assertThat(r.dependsOn()).containsExactly("x1");
    assertThat(r.downRevisionLine()).isEqualTo(2);
  }

  @Test
  void ignoresDocstringHeadersAndComparisons() {
    AlembicRevision r =
        parse(
            """
            Revision ID: wrong
            if revision == 'nope': pass
            revision = "right"
            down_revision = 'parent'
            """);
    assertThat(r.revision()).isEqualTo("right");
    assertThat(r.downRevisions()).containsExactly("parent");
  }

  @Test
  void fileWithoutRevisionIsNotARevision() {
    assertThat(AlembicParser.parse(Path.of("helpers.py"), "def helper():\n    pass\n")).isEmpty();
  }
}
