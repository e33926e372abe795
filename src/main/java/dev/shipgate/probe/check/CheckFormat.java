package dev.shipgate.probe.check;

import java.io.PrintWriter;

/** `--format` of `check`: each value renders the same {@link CheckReport}. */
public enum CheckFormat {
  TEXT,
  JSON;

  public void render(CheckReport report, PrintWriter out, boolean color) {
    switch (this) {
      case TEXT -> CheckText.render(report, out, color);
      case JSON -> CheckJson.render(report, out);
    }
    out.flush();
  }
}
