package dev.shipgate.migrations.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every directory of the real-world corpus ({@link Manifest}) gets the verdict its manifest entry
 * records: the detected layout, no error, and exactly the expected warnings.
 */
class MigrationCorpusTest {
  static Stream<Named<Manifest.Entry>> entries() {
    return Manifest.load().entries().stream().map(e -> Named.of(e.id(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void realDirectoryGetsItsRecordedVerdict(Manifest.Entry e) {
    assertThat(Manifest.ROOT.resolve(e.id())).as("corpus folder of %s", e.id()).isDirectory();
    CorpusLint.Result r = CorpusLint.check(e, Manifest.ROOT.resolve(e.id()));
    assertThat(r.passes()).as(r.describe()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyEntryNamesItsSource(Manifest.Entry e) {
    assertThat(e.commit()).matches("[0-9a-f]{40}");
    assertThat(e.repo()).matches("[\\w.-]+/[\\w.-]+");
    assertThat(e.licence()).isNotBlank().doesNotContain("unknown");
    assertThat(Files.isRegularFile(Manifest.ROOT.resolve("manifest.json"))).isTrue();
  }
}
