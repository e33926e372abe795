package dev.shipgate.init;

/** Application stacks {@code shipgate init} recognises by their manifest files. */
public enum Stack {
  NODE("Node.js (package.json)"),
  PYTHON("Python (requirements*.txt / pyproject.toml)"),
  MAVEN("Java/Maven (pom.xml)"),
  GRADLE("Java/Gradle (build.gradle)");

  private final String label;

  Stack(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
