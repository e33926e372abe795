package dev.shipgate.ci.model;

/** What a CI file is. */
public enum CiKind {
  GITHUB_WORKFLOW("GitHub Actions workflow"),
  GITHUB_ACTION("GitHub composite action"),
  GITLAB_CI("GitLab CI");

  private final String label;

  CiKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
