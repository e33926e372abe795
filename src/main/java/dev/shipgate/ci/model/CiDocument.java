package dev.shipgate.ci.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A CI file read into jobs and steps. {@code scopes} lists every job, step and template the file
 * defines (also GitLab templates no job uses), so allow comments can be matched to them.
 */
public record CiDocument(Path file, CiKind kind, List<CiJob> jobs, List<Scope> scopes) {
  public CiDocument {
    jobs = List.copyOf(jobs);
    scopes = List.copyOf(scopes);
  }
}
