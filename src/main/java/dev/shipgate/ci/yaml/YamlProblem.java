package dev.shipgate.ci.yaml;

/**
 * A CI file that is not valid YAML: what is wrong and the 1-based line where the parser stopped.
 */
public final class YamlProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public YamlProblem(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
