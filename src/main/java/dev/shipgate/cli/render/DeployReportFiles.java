package dev.shipgate.cli.render;

import dev.shipgate.config.Redactor;
import dev.shipgate.core.Json;
import dev.shipgate.workflow.deploy.DeployReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.ToIntFunction;

/**
 * Writes {@code deploy-report-<timestamp>.json}, {@code .txt} and {@code .html} into {@code
 * report.dir}, each passed through the redactor as a whole, and prunes reports older than {@code
 * report.keepDays} (by the timestamp in their name).
 */
public final class DeployReportFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final String PREFIX = "deploy-report-";

  private final Path dir;
  private final int keepDays;
  private final Redactor redactor;
  private final ToIntFunction<DeployReport> exitCode;

  public DeployReportFiles(
      Path dir, int keepDays, Redactor redactor, ToIntFunction<DeployReport> exitCode) {
    this.dir = dir;
    this.keepDays = keepDays;
    this.redactor = redactor;
    this.exitCode = exitCode;
  }

  public Path write(DeployReport r) throws IOException {
    Files.createDirectories(dir);
    int code = exitCode.applyAsInt(r);
    String base = PREFIX + STAMP.format(r.startedAt());
    Path json = dir.resolve(base + ".json");
    var sw = new java.io.StringWriter();
    Json.write(DeployJson.document(r, code), new java.io.PrintWriter(sw));
    write(json, sw.toString());
    write(dir.resolve(base + ".txt"), DeployText.report(r, code));
    write(dir.resolve(base + ".html"), DeployHtml.page(r, code));
    prune(r.startedAt());
    return json;
  }

  private void write(Path p, String text) throws IOException {
    Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
    Files.writeString(tmp, redactor.redact(text), StandardCharsets.UTF_8);
    Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private void prune(Instant now) throws IOException {
    Instant cutoff = now.minus(keepDays, ChronoUnit.DAYS);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        int dot = n.indexOf('.');
        if (dot < 0) {
          continue;
        }
        try {
          Instant at = Instant.from(STAMP.parse(n.substring(PREFIX.length(), dot)));
          if (at.isBefore(cutoff)) {
            Files.deleteIfExists(f);
          }
        } catch (java.time.format.DateTimeParseException e) {
          // not one of ours
        }
      }
    }
  }
}
