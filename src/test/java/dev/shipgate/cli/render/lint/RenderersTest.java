package dev.shipgate.cli.render.lint;

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
          List.of(
              new LintReport.Target(
                  Path.of("db/m"), "numbered", 7, "numbered layout, 7 files", null)));

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
    assertThat(n.get("targets").toString())
        .isEqualTo("[{\"path\":\"db/m\",\"layout\":\"numbered\",\"files\":7,\"checked\":true}]");
  }

  @Test
  void aDirectoryInWhichNothingWasCheckedIsNeverOk() throws Exception {
    LintReport empty =
        new LintReport(
            List.of(),
            0,
            List.of(
                new LintReport.Target(
                    Path.of("db/liquibase"),
                    "none",
                    0,
                    "no layout recognised",
                    "Liquibase changelogs, which shipgate does not lint")));
    String text = render(ReportFormat.TEXT, empty, false);
    assertThat(text)
        .contains(
            "nothing checked in db/liquibase (no layout recognised): Liquibase changelogs, which"
                + " shipgate does not lint")
        .contains("NOTHING CHECKED in db/liquibase: 0 errors, 0 warnings in 0 files")
        .doesNotContain("OK");
    JsonNode n = Json.mapper().readTree(render(ReportFormat.JSON, empty, false));
    assertThat(n.at("/targets/0/checked").asBoolean()).isFalse();
    assertThat(n.at("/targets/0/layout").asText()).isEqualTo("none");
  }

  @Test
  void moreThanTenFindingsOfOneRuleInOneDirectoryShowFiveAndASummaryLine() throws Exception {
    List<Finding> many = new java.util.ArrayList<>();
    for (int i = 10; i < 40; i++) {
      many.add(
          Finding.of(Rule.DUPLICATE_VERSION, Path.of("db/m/" + i + "_x.sql"), null, "dup", "f"));
    }
    many.add(Finding.of(Rule.VERSION_GAP, Path.of("db/m/99_y.sql"), null, "gap", "restore"));
    LintReport r =
        new LintReport(
            many,
            31,
            List.of(
                new LintReport.Target(Path.of("db/m"), "numbered", 31, "numbered layout", null)));
    String text = render(ReportFormat.TEXT, r, false);
    assertThat(text.lines().filter(l -> l.contains("duplicate-version  dup")).count()).isEqualTo(5);
    assertThat(text)
        .contains(
            "... and 25 more duplicate-version findings in db/m (30 in all, the first 5 above")
        .contains("version-gap  gap");
    JsonNode n = Json.mapper().readTree(render(ReportFormat.JSON, r, false));
    assertThat(n.get("findings")).hasSize(31);
    assertThat(render(ReportFormat.GITHUB, r, false).lines().filter(l -> l.startsWith("::")))
        .hasSize(31);
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
