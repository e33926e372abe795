package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.StepClassifier;

/**
 * What rules share: the step classifier (which can read the repository's local actions) and the
 * repository's folder listings.
 */
public record CiContext(StepClassifier classifier, RepoFiles files) {
  public CiContext(StepClassifier classifier) {
    this(classifier, RepoFiles.NONE);
  }
}
