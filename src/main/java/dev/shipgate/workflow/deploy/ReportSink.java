package dev.shipgate.workflow.deploy;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a deploy's report files ({@code report.dir/deploy-report-<timestamp>.json}, {@code .txt},
 * {@code .html}) and prunes old ones. The CLI supplies it (the renderers live there); the deploy
 * calls it once at its end, whatever happened.
 */
@FunctionalInterface
public interface ReportSink {
  /**
   * @return the JSON report's path
   */
  Path write(DeployReport report) throws IOException;

  ReportSink NONE = r -> null;
}
