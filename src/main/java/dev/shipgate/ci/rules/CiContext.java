package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.StepClassifier;

/** What rules share: the step classifier (which can read the repository's local actions). */
public record CiContext(StepClassifier classifier) {}
