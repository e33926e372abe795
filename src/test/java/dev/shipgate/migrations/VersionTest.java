package dev.shipgate.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {
  private static List<String> sorted(String... versions) {
    List<Version> list = new ArrayList<>();
    for (String v : versions) {
      list.add(Version.parse(v));
    }
    Collections.sort(list);
    return list.stream().map(Version::text).toList();
  }

  @Test
  void letterSuffixSortsAfterItsNumberAndBeforeTheNext() {
    assertThat(sorted("18", "17b", "17", "17c")).containsExactly("17", "17b", "17c", "18");
  }

  @Test
  void partsCompareNumericallyNotAsText() {
    assertThat(sorted("1.10", "1.9", "2", "10", "1.2.3"))
        .containsExactly("1.2.3", "1.9", "1.10", "2", "10");
  }

  @Test
  void trailingZeroPartsAndLeadingZerosAreEqual() {
    assertThat(Version.parse("1.0")).isEqualTo(Version.parse("1"));
    assertThat(Version.parse("017")).isEqualTo(Version.parse("17"));
    assertThat(Version.parse("1_1")).isEqualTo(Version.parse("1.1"));
    assertThat(Version.parse("17B")).isEqualTo(Version.parse("17b"));
    assertThat(Version.parse("1.0").hashCode()).isEqualTo(Version.parse("1").hashCode());
  }

  @Test
  void hugeTimestampsDoNotOverflow() {
    assertThat(sorted("99999999999999999999", "20240101000000"))
        .containsExactly("20240101000000", "99999999999999999999");
  }

  @Test
  void rejectsNonVersions() {
    assertThatThrownBy(() -> Version.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Version.isVersion("1.2a")).isTrue();
    assertThat(Version.isVersion("1..2")).isFalse();
  }
}
