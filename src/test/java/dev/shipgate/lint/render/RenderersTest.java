package dev.shipgate.lint.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private final LintReport report =
      new LintReport(
          List.of(
              Finding.of(
                  Rule.DESTRUCTIVE_FILE,
                  Path.of("db/m/01_a.sql"),
                  3,
                  "DROP SCHEMA: 100% bad,\nreally",
                  "skip it"),
              Finding.of(Rule.VERSION_GAP, Path.of("db/m/05_b.sql"), null, "gap", "restore")),
          7,
          List.of("db/m (numbered layout, 7 files)"));

  private static String render(ReportFormat format, LintReport r, boolean color) {
    StringWriter sw = new StringWriter();
    format.render(r, new PrintWriter(sw), color);
    return sw.toString();
  }

  @Test
  void githubAnnotationsEscapeDataAndProperties() {
    String out = render(ReportFormat.GITHUB, report, false);
    assertThat(out.lines().toList().get(0))
        .isEqualTo(
            "::error file=db/m/01_a.sql,line=3,title=shipgate destructive-file::DROP SCHEMA: 100%25 bad,%0Areally Fix: skip it");
    assertThat(out.lines().toList().get(1))
        .isEqualTo("::warning file=db/m/05_b.sql,title=shipgate version-gap::gap Fix: restore");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    JsonNode n = Json.mapper().readTree(render(ReportFormat.JSON, report, false));
    assertThat(n.get("ok").asBoolean()).isFalse();
    assertThat(n.get("summary").toString()).isEqualTo("{\"files\":7,\"errors\":1,\"warnings\":1}");
    JsonNode f = n.get("findings").get(1);
    assertThat(f.get("rule").asText()).isEqualTo("version-gap");
    assertThat(f.get("line").isNull()).isTrue();
    assertThat(f.get("path").asText()).isEqualTo("db/m/05_b.sql");
  }

  @Test
  void sarifListsEveryRuleAndPointsFindingsWithoutLineAtLineOne() throws Exception {
    JsonNode run =
        Json.mapper().readTree(render(ReportFormat.SARIF, report, false)).get("runs").get(0);
    assertThat(run.at("/tool/driver/rules")).hasSize(Rule.values().length);
    JsonNode second = run.get("results").get(1);
    assertThat(second.get("ruleIndex").asInt()).isEqualTo(Rule.VERSION_GAP.ordinal());
    assertThat(second.get("level").asText()).isEqualTo("warning");
    assertThat(second.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(second.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
  }

  @Test
  void textGroupsByFileAndOnlyColoursWhenAsked() {
    String plain = render(ReportFormat.TEXT, report, false);
    assertThat(plain).contains("db/m/01_a.sql\n  error   destructive-file  line 3: DROP SCHEMA");
    assertThat(plain).contains("fix: skip it").contains("FAILED: 1 error, 1 warning in 7 files");
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(render(ReportFormat.TEXT, report, true)).contains("\u001b[31m");
  }

  @Test
  void textSummaryForACleanRun() {
    String out = render(ReportFormat.TEXT, new LintReport(List.of(), 3, List.of()), false);
    assertThat(out).contains("OK: no problems in 3 files");
    LintReport warningsOnly =
        new LintReport(
            List.of(
                Finding.of(Rule.VERSION_GAP, Path.of("x"), null, "m", null)
                    .withSeverity(Severity.WARNING)),
            1,
            List.of());
    assertThat(warningsOnly.ok()).isTrue();
    assertThat(render(ReportFormat.TEXT, warningsOnly, false))
        .contains("OK (warnings only): 0 errors, 1 warning in 1 file");
  }
}
