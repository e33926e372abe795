package dev.shipgate.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePolicyTest {
  @TempDir Path dir;

  private RulePolicy policy(String yaml) throws IOException {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(file, yaml);
    ShipgateConfig c = new ConfigLoader(Map.<String, String>of()::get).loadFile(file);
    return RulePolicy.from(c.lint(), c.source());
  }

  private Finding finding(Rule rule, String relPath) {
    return Finding.of(rule, dir.resolve(relPath), null, "m", "h");
  }

  @Test
  void severityCanBeRaisedLoweredOrTurnedOff() throws IOException {
    RulePolicy p =
        policy(
            "lint:\n  rules:\n    version-gap: error\n    duplicate-version: warning\n    invalid-name: off\n");
    List<Finding> out =
        p.apply(
            List.of(
                finding(Rule.VERSION_GAP, "a.sql"),
                finding(Rule.DUPLICATE_VERSION, "b.sql"),
                finding(Rule.INVALID_NAME, "c.sql")));
    assertThat(out)
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.VERSION_GAP, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(Rule.DUPLICATE_VERSION, Severity.WARNING));
  }

  @Test
  void allowListMatchesFileNameOrPathRelativeToTheConfig() throws IOException {
    RulePolicy p =
        policy(
            "lint:\n  rules:\n    rollback-file:\n      allow: [\"16_*_rollback.sql\", \"db/archive/**\"]\n");
    List<Finding> out =
        p.apply(
            List.of(
                finding(Rule.ROLLBACK_FILE, "db/migrations/16_chat_rollback.sql"),
                finding(Rule.ROLLBACK_FILE, "db/archive/x/17_y_rollback.sql"),
                finding(Rule.ROLLBACK_FILE, "db/migrations/18_z_rollback.sql"),
                finding(Rule.DUPLICATE_VERSION, "db/migrations/16_chat_rollback.sql")));
    assertThat(out)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly("18_z_rollback.sql", "16_chat_rollback.sql");
  }

  @Test
  void unknownRuleIdIsAConfigErrorWithItsLine() {
    assertThatThrownBy(() -> policy("version: 1\nlint:\n  rules:\n    no-such-rule: error\n"))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("shipgate.yaml:4: unknown lint rule 'no-such-rule'")
        .extracting(e -> ((ShipgateException) e).code().errorClass())
        .isEqualTo(ErrorClass.CONFIG);
  }
}
